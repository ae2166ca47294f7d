using System.Reflection;

namespace EditorialLint.Cli;

/// <summary>The tool's name and version as the JSON output reports them.</summary>
public static class ToolInfo
{
    /// <summary>The tool's name.</summary>
    public const string Name = "editorial-lint";

    /// <summary>The tool's version (from the assembly).</summary>
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";
}
