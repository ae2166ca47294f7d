using System.Text;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Formatters;

/// <summary>
/// GitHub Actions workflow commands, one line per diagnostic, which the runner turns into
/// annotations on the pull request: <c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message</c>.
/// Errors are <c>::error</c>, warnings <c>::warning</c>, suggestions <c>::notice</c>.
/// </summary>
/// <remarks>It streams: each file's lines are written as the file comes.</remarks>
public sealed class GithubFormatter : IStreamingFormatter
{
    private readonly StringBuilder _line = new();

    /// <inheritdoc />
    public void Write(TextWriter output, IReadOnlyList<FileReport> files) => StreamingFormatter.WriteAll(this, output, files);

    /// <inheritdoc />
    public void Begin(TextWriter output)
    {
    }

    /// <inheritdoc />
    public void WriteFile(TextWriter output, FileReport file)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(file);
        var path = EscapeProperty(RepositoryPath(file.Path));
        foreach (var d in file.Diagnostics)
        {
            _line.Clear();
            _line.Append("::").Append(Command(d.Severity))
                .Append(" file=").Append(path)
                .Append(",line=").Append(d.Line)
                .Append(",col=").Append(d.Column)
                .Append(",endLine=").Append(d.EndLine)
                .Append(",endColumn=").Append(d.EndColumn)
                .Append(",title=").Append(EscapeProperty(d.RuleId))
                .Append("::").Append(EscapeData(d.Message));
            output.Write(_line.Append('\n').ToString());
        }
    }

    /// <inheritdoc />
    public void End(TextWriter output, Summary summary)
    {
    }

    /// <summary>The workflow command for a severity.</summary>
    public static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a command's message as the Actions toolkit does: <c>%</c>, CR and LF.</summary>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a property value as the Actions toolkit does: as data, plus <c>:</c> and <c>,</c>.</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    /// <summary>
    /// The path as annotations want it: forward slashes, relative to the working folder (the
    /// checkout, in a workflow) when the file lies inside it, without a leading <c>./</c>.
    /// </summary>
    public static string RepositoryPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var shown = path;
        if (Path.IsPathRooted(path))
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
            var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (!outside && !Path.IsPathRooted(relative)) shown = relative;
        }

        shown = shown.Replace('\\', '/');
        while (shown.StartsWith("./", StringComparison.Ordinal)) shown = shown[2..];
        return shown;
    }
}
