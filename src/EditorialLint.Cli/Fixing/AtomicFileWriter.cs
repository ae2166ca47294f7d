namespace EditorialLint.Cli.Fixing;

/// <summary>
/// Replaces a file's content all at once: the new bytes go to a temporary file in the same folder,
/// which is then renamed over the original, so a reader sees the old file or the new one, never half
/// of either, and a crash leaves the original untouched.
/// </summary>
public static class AtomicFileWriter
{
    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="content"/> if it still holds exactly
    /// <paramref name="expected"/>; returns false, writing nothing, when it was changed since it was read.
    /// A symbolic link keeps pointing where it did: the file it leads to is replaced.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file or its folder is not writable.</exception>
    public static bool TryReplace(string path, ReadOnlySpan<byte> expected, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(path);
        var target = Path.GetFullPath(path);
        if (new FileInfo(target).ResolveLinkTarget(returnFinalTarget: true) is { } link) target = link.FullName;
        var folder = Path.GetDirectoryName(target) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, File.GetUnixFileMode(target));

            // Checked as late as possible: an editor that saved the file meanwhile wins.
            if (!File.ReadAllBytes(target).AsSpan().SequenceEqual(expected))
            {
                File.Delete(temp);
                return false;
            }

            File.Move(temp, target, overwrite: true);
            return true;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // The original is intact; a stray temporary file is the lesser harm.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
