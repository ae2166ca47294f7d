using System.Collections.Concurrent;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Policy;
using EditorialLint.Rules.Configuration;

namespace EditorialLint.Cli.Commands;

/// <summary>
/// Picks the configuration for each article (<c>--config</c>, else the nearest
/// <c>.editoriallint.yaml</c> above it) and builds one profile per configuration, once.
/// </summary>
internal sealed class LintProfiles(RuleSetChoice rules, string? configPath, Severity minSeverity, bool fix)
{
    private readonly ConfigurationLocator _locator = new();
    private readonly ConcurrentDictionary<string, Lazy<LintProfile>> _profiles = new(StringComparer.Ordinal);

    /// <summary>The profile for an article at <paramref name="path"/> (standard input: the working folder).</summary>
    public LintProfile For(string path, bool isStdin)
    {
        var config = configPath ?? _locator.Find(isStdin ? Path.Combine(Directory.GetCurrentDirectory(), "-") : path);
        return _profiles.GetOrAdd(config ?? "", key => new Lazy<LintProfile>(() => Build(key.Length == 0 ? null : key))).Value;
    }

    /// <summary>Loads the profile of the explicit configuration (or none) up front, so its errors stop the run early.</summary>
    public LintProfile Default => For(Path.Combine(Directory.GetCurrentDirectory(), "-"), isStdin: true);

    private LintProfile Build(string? path)
    {
        var configuration = path is null ? LintConfiguration.None : ConfigurationReader.Read(path);
        var compiled = rules.Load(configuration.RulePacks);
        var policy = new LintPolicy(configuration.Severities, minSeverity);
        return new LintProfile(configuration, compiled, policy, fix);
    }
}
