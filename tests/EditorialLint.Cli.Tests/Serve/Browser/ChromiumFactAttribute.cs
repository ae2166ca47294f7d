namespace EditorialLint.Cli.Tests.Serve.Browser;

/// <summary>
/// A test that drives Debian's Chromium. Outside CI it is skipped, saying why, when the browser is
/// not installed; in CI (<c>CI=true</c>) it always runs, so a missing browser fails the build. A
/// browser without its driver is a broken install, and fails the test with what to install.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string Browser = "/usr/bin/chromium";

    /// <summary>Where Debian's <c>chromium-driver</c> package puts ChromeDriver.</summary>
    public const string Driver = "/usr/bin/chromedriver";

    /// <summary>Skips the test outside CI when the browser is missing.</summary>
    public ChromiumFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!inCi && !File.Exists(Browser))
        {
            Skip = $"needs Debian's Chromium at {Browser} (and its driver): apt-get install -y chromium chromium-driver";
        }
    }
}
