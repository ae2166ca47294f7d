namespace EditorialLint.Engine.Rete;

/// <summary>A node whose per-session state lives in a slot of the session's memory array.</summary>
internal interface IMemoryNode
{
    int MemoryIndex { get; set; }

    object CreateMemory();
}
