using System.Reflection;
using System.Text;

namespace EditorialLint.Rules.Packs;

/// <summary>Where rule packs and their data files come from: the shipped set embedded in the tool, or a folder.</summary>
public abstract class RuleSource
{
    /// <summary>The rules shipped inside the tool.</summary>
    public static RuleSource Shipped { get; } = new EmbeddedRuleSource();

    /// <summary>A rule file or a folder of rule files on disk.</summary>
    public static RuleSource FromPath(string path) => new FileRuleSource(path);

    /// <summary>How paths from this source are shown in messages.</summary>
    public abstract string DisplayName(string relativePath);

    /// <summary>The rule pack files (relative paths) this source offers.</summary>
    public abstract IReadOnlyList<string> PackFiles();

    /// <summary>Reads a file of this source; relative paths resolve against the pack's folder.</summary>
    public abstract string? ReadText(string relativePath);

    /// <summary>
    /// Every file read from this source so far, with its text, in reading order; none for the
    /// shipped rules, which are part of the tool's build.
    /// </summary>
    internal virtual IReadOnlyList<KeyValuePair<string, string>> TextsRead => [];

    private sealed class EmbeddedRuleSource : RuleSource
    {
        private const string Prefix = "rules/";
        private readonly Assembly _assembly = typeof(RuleSource).Assembly;

        public override string DisplayName(string relativePath) => Prefix + relativePath;

        public override IReadOnlyList<string> PackFiles() =>
            _assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".rules.yaml", StringComparison.Ordinal))
                .Select(n => n[Prefix.Length..])
                .Order(StringComparer.Ordinal)
                .ToList();

        public override string? ReadText(string relativePath)
        {
            using var stream = _assembly.GetManifestResourceStream(Prefix + relativePath.Replace('\\', '/'));
            if (stream is null) return null;
            Span<byte> head = stackalloc byte[4];
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
            stream.Position = 0;
            if (IsOtherUnicode(head))
            {
                using var reader = new StreamReader(stream);
                return reader.ReadToEnd();
            }

            return Utf8Stream.ReadToEnd(stream);
        }
    }

    // A UTF-16 or UTF-32 byte-order mark: left to the reader, which detects them.
    private static bool IsOtherUnicode(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    private sealed class FileRuleSource : RuleSource
    {
        private readonly string _root;
        private readonly string? _singleFile;
        private readonly List<KeyValuePair<string, string>> _read = [];

        public FileRuleSource(string path)
        {
            if (File.Exists(path))
            {
                _root = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
                _singleFile = Path.GetFileName(path);
            }
            else
            {
                _root = path;
            }
        }

        public override string DisplayName(string relativePath) =>
            Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(_root, relativePath));

        public override IReadOnlyList<string> PackFiles()
        {
            if (_singleFile is not null) return [_singleFile];
            if (!Directory.Exists(_root)) return [];
            return Directory.EnumerateFiles(_root, "*.rules.yaml", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }

        public override string? ReadText(string relativePath)
        {
            var full = Path.Combine(_root, relativePath);
            if (!File.Exists(full)) return null;
            var text = File.ReadAllText(full);
            lock (_read) _read.Add(new(relativePath, text));
            return text;
        }

        internal override IReadOnlyList<KeyValuePair<string, string>> TextsRead
        {
            get
            {
                lock (_read) return _read.ToArray();
            }
        }
    }
}
