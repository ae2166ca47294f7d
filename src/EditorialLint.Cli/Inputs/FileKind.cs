using System.Runtime.InteropServices;

namespace EditorialLint.Cli.Inputs;

/// <summary>What a path names, as the operating system tells it.</summary>
public enum FileKind
{
    /// <summary>The system could not tell (not Linux, or the call failed): treated as a file.</summary>
    Unknown,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO): reading it waits for a writer, perhaps for ever.</summary>
    NamedPipe,

    /// <summary>A socket, which cannot be opened as a file.</summary>
    Socket,

    /// <summary>A character device (a terminal, <c>/dev/zero</c>).</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,
}

/// <summary>
/// Tells a path's <see cref="FileKind"/> without opening it: opening a named pipe blocks until
/// something writes to it. .NET reports such entries as ordinary files, so this asks the kernel
/// (<c>statx</c>, whose layout is the same on every Linux architecture); elsewhere it cannot tell.
/// </summary>
public static class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;

    /// <summary>The kind of entry at <paramref name="path"/>; a link names its target's kind unless <paramref name="followLinks"/> is false.</summary>
    public static FileKind Of(string path, bool followLinks = true)
    {
        if (!OperatingSystem.IsLinux()) return FileKind.Unknown;
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0) return FileKind.Unknown;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Unknown;
        }

        if ((MemoryMarshal.Read<uint>(buffer) & StatxType) == 0) return FileKind.Unknown;
        return (MemoryMarshal.Read<ushort>(buffer.AsSpan(ModeOffset)) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.NamedPipe,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>How a line names a kind that is not a regular file: "a named pipe (FIFO)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        _ => "not a regular file",
    };

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
