namespace EditorialLint.Cli.Tests.Reliability;

/// <summary>
/// A test of named pipes and sockets in the file system. The tool tells them from files through
/// Linux's <c>statx</c>, and the tests make them with <c>mkfifo</c>: on other systems it is skipped, saying why.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LinuxFactAttribute : FactAttribute
{
    /// <summary>Skips the test when not on Linux.</summary>
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "named pipes are told from files through Linux's statx, and made here with mkfifo: Linux only";
    }
}
