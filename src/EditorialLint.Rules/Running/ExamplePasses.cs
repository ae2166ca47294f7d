using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using EditorialLint.Engine;
using EditorialLint.Rules.Compilation;
using EditorialLint.Rules.Packs;

namespace EditorialLint.Rules.Running;

/// <summary>
/// Rule sets whose own examples passed, remembered on disk so that a run with the same packs does
/// not run them again (running them was a tenth of start-up with a large pack). An entry is the
/// exact key of <see cref="KeyOf"/>: this build of the tool, whether the shipped rules were
/// loaded, and the whole text of every pack and data file read from outside the tool. A failure
/// is never remembered, so a failing example is reported on every run.
/// </summary>
internal sealed class ExamplePasses(string? folder)
{
    /// <summary>The passes of this user, in <see cref="CacheFolder"/>.</summary>
    public static ExamplePasses Default { get; } = new(CacheFolder.For("examples"));

    /// <summary>
    /// What decides the outcome of running the examples of <paramref name="rules"/>; null when a
    /// pack's text is not known (it was not read by <see cref="RulePackReader"/>).
    /// </summary>
    public static string? KeyOf(CompiledRuleSet rules)
    {
        var key = new StringBuilder("editorial-lint examples 1\n");
        foreach (var type in new[] { typeof(ExamplePasses), typeof(ISession), typeof(Core.Articles.Article) })
            key.Append(type.Module.ModuleVersionId).Append('\n');
        var packs = rules.Specs.Select(s => s.Pack).Distinct().ToList();
        foreach (var pack in packs)
        {
            if (pack.Source == RuleSource.Shipped)
            {
                key.Append("shipped ").Append(pack.RelativePath).Append('\n');
                continue;
            }

            if (pack.Text is not { } text) return null;
            // A pack read through its source is among that source's texts, below: once is enough.
            if (pack.Source.TextsRead.Any(read => ReferenceEquals(read.Value, text)))
                key.Append("read ").Append(pack.RelativePath).Append('\n');
            else
                Append(key, pack.RelativePath, text);
        }

        // The data files the packs read from outside the tool.
        foreach (var source in packs.Select(p => p.Source).Distinct())
        {
            key.Append("source\n");
            foreach (var (path, text) in source.TextsRead) Append(key, path, text);
        }

        return key.ToString();
    }

    private static void Append(StringBuilder key, string path, string text) =>
        key.Append(path.Length).Append(' ').Append(path).Append(text.Length).Append(' ').Append(text);

    /// <summary>Whether the examples of the rule set with this key passed before.</summary>
    public bool Contains(string key)
    {
        if (folder is null) return false;
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, CacheFolder.Key(key) + ".pass"));
            return bytes.AsSpan().SequenceEqual(Digest(key));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Remembers that the examples of the rule set with this key passed.</summary>
    public void Add(string key)
    {
        if (folder is null) return;
        CacheFolder.TryWrite(Path.Combine(folder, CacheFolder.Key(key) + ".pass"), stream => stream.Write(Digest(key)));
    }

    // An entry keeps the key's SHA-256, not the key: a key holds whole packs, and a pass need not
    // take as much room as they do.
    private static byte[] Digest(string key) => SHA256.HashData(MemoryMarshal.AsBytes(key.AsSpan()));
}
