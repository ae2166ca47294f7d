using EditorialLint.Cli.Serve;

namespace EditorialLint.Cli.Tests.Serve;

/// <summary>The command line of <c>serve</c>: its options, their defaults, and one-line refusals.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Parse_NoOptions_GivesTheDefaults()
    {
        var options = ServeCommand.Parse([]);

        Assert.Equal("http://127.0.0.1:5080", options.Urls);
        Assert.Equal(2 * 1024 * 1024, options.MaxRequestBytes);
        Assert.Equal(TimeSpan.FromSeconds(10), options.RequestTimeout);
        Assert.Empty(options.RulePaths);
        Assert.False(options.NoDefaultRules);
    }

    [Fact]
    public void Parse_EveryOption_IsRead()
    {
        var options = ServeCommand.Parse(["--urls", "http://localhost:6000;http://[::1]:6001", "--rules", "a", "--rules=b",
            "--no-default-rules", "--max-request-size", "512KiB", "--request-timeout=750ms"]);

        Assert.Equal("http://localhost:6000;http://[::1]:6001", options.Urls);
        Assert.Equal(["a", "b"], options.RulePaths);
        Assert.True(options.NoDefaultRules);
        Assert.Equal(512 * 1024, options.MaxRequestBytes);
        Assert.Equal(TimeSpan.FromMilliseconds(750), options.RequestTimeout);
    }

    [Theory]
    [InlineData("2MiB", 2 * 1024 * 1024)]
    [InlineData("1.5MiB", 1024 * 1024 * 3 / 2)]
    [InlineData("100KB", 100_000)]
    [InlineData("4096", 4096)]
    public void Parse_Sizes_AreReadWithUnits(string size, long bytes)
    {
        Assert.Equal(bytes, ServeCommand.Parse(["--max-request-size", size]).MaxRequestBytes);
    }

    [Theory]
    [InlineData(new[] { "--port", "80" }, "unknown option '--port'")]
    [InlineData(new[] { "article.txt" }, "articles arrive over HTTP")]
    [InlineData(new[] { "--urls", "https://0.0.0.0:443" }, "not an http:// address")]
    [InlineData(new[] { "--urls", "localhost:5080" }, "not an http:// address")]
    [InlineData(new[] { "--max-request-size", "lots" }, "--max-request-size needs a size")]
    [InlineData(new[] { "--max-request-size", "0" }, "--max-request-size needs a size")]
    [InlineData(new[] { "--request-timeout", "-1s" }, "--request-timeout needs a duration")]
    [InlineData(new[] { "--no-default-rules" }, "needs at least one --rules PATH")]
    [InlineData(new[] { "--rules" }, "option --rules needs a value")]
    [InlineData(new[] { "--config", "/no/such/.editoriallint.yaml" }, "--config /no/such/.editoriallint.yaml: no such file")]
    public void Parse_Mistakes_AreRefusedInOneLine(string[] args, string expected)
    {
        var e = Assert.Throws<UsageException>(() => ServeCommand.Parse(args));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Run_BadOption_ExitsTwoWithOneLine()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var code = EntryPoint.Run(["serve", "--port", "80"], null, output, errors);

        Assert.Equal(2, code);
        Assert.Equal("editorial-lint: serve: unknown option '--port'; run 'editorial-lint --help' for the options", errors.ToString().TrimEnd());
    }

    [Fact]
    public void Run_MissingRulesFolder_ExitsTwoBeforeListening()
    {
        var errors = new StringWriter();

        var code = EntryPoint.Run(["serve", "--rules", "/no/such/folder", "--urls", "http://127.0.0.1:0"], null, new StringWriter(), errors);

        Assert.Equal(2, code);
        Assert.Contains("--rules /no/such/folder: no such file or folder", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BrokenRuleFile_ExitsTwoNamingFileLineAndColumn()
    {
        using var folder = new ScratchFolder();
        folder.Save("house.rules.yaml", TestPacks.Broken);
        var errors = new StringWriter();

        var code = EntryPoint.Run(["serve", "--no-default-rules", "--rules", folder.Path, "--urls", "http://127.0.0.1:0"], null, new StringWriter(), errors);

        Assert.Equal(2, code);
        Assert.Matches(@"house\.rules\.yaml:\d+:\d+: .*colour", errors.ToString());
    }
}
