using System.Text.Json;
using EditorialLint.Cli.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace EditorialLint.Cli.Tests.Serve.Browser;

/// <summary>
/// The editor's page in a real browser (headless Chromium through ChromeDriver) against the server
/// on a loopback port: paste a seed article, check, see the underlines, apply a fix.
/// </summary>
public sealed class EditorPageBrowserTests
{
    // A bound on waiting for the page, not a measurement: a check answers in milliseconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [ChromiumFact]
    public async Task CheckSeedArticles_UnderlinesFindings_AndFixChangesTheText()
    {
        await using var app = ServeApp.Build(new ServeOptions { Urls = "http://127.0.0.1:0" }, ShippedRules.Instance,
            builder => builder.Logging.ClearProviders());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var profile = new ScratchFolder();
        using var driver = StartBrowser(profile.Path);
        var screenshots = Checkout.Results("serve");

        driver.Navigate().GoToUrl(address + "/");
        var text = driver.FindElement(By.Id("text"));
        Paste(driver, text, Checkout.Seed("003"));
        text.SendKeys(Keys.Control + Keys.Enter);
        WaitForChecks(driver, 1);

        var psaki = Assert.Single(Underlines(driver, "EDL0101"), u => u.Text == "Jane Psaki");
        Assert.Contains("underline", psaki.Decoration, StringComparison.Ordinal);
        Assert.True(psaki.Width > 0 && psaki.Height > 0, "the underline is laid out on screen");
        var group = driver.FindElement(By.CssSelector(".group[data-category='official-name']"));
        Assert.Contains("EDL0101", group.Text, StringComparison.Ordinal);
        Assert.Equal("block", driver.FindElement(By.TagName("body")).GetDomAttribute("data-verdict"));

        var item = PsakiItem(driver);
        item.FindElement(By.CssSelector(".goto")).Click();
        var popover = driver.FindElement(By.Id("popover"));
        Assert.True(popover.Displayed);
        Assert.Contains("misspelling of Jen Psaki", popover.Text, StringComparison.Ordinal);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(screenshots, "editor-003-checked.png"));

        item = PsakiItem(driver);
        item.FindElement(By.CssSelector(".fix")).Click();
        WaitForChecks(driver, 2);

        var fixedText = (string)((IJavaScriptExecutor)driver).ExecuteScript("return document.getElementById('text').value;")!;
        var secretary = fixedText.IndexOf("House Press Secretary", StringComparison.Ordinal);
        Assert.Equal("House Press Secretary Jen Psaki said", fixedText.Substring(secretary, 36));
        Assert.DoesNotContain("Jane Psaki", fixedText, StringComparison.Ordinal);
        Assert.DoesNotContain(Underlines(driver, "EDL0101"), u => u.Text.Contains("Psaki", StringComparison.Ordinal));

        Paste(driver, text, Checkout.Seed("000"));
        driver.FindElement(By.Id("check")).Click();
        WaitForChecks(driver, 3);

        var placeholder = Underlines(driver, "EDL0201");
        Assert.Contains(placeholder, u => u.Text == "[ad_1]" && u.Decoration.Contains("underline", StringComparison.Ordinal));
        var scraper = driver.FindElement(By.CssSelector(".group[data-category='scraper-artifact'] h3 .count"));
        Assert.True(int.Parse(scraper.Text, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(screenshots, "editor-000-checked.png"));
    }

    private static IWebElement PsakiItem(IWebDriver driver) =>
        driver.FindElements(By.CssSelector("#groups .finding")).First(e => e.Text.Contains("EDL0101", StringComparison.Ordinal) && e.Text.Contains("Jane Psaki", StringComparison.Ordinal));

    private static ChromeDriver StartBrowser(string profile)
    {
        Assert.True(File.Exists(ChromiumFactAttribute.Browser), $"no browser at {ChromiumFactAttribute.Browser}: apt-get install -y chromium chromium-driver");
        Assert.True(File.Exists(ChromiumFactAttribute.Driver), $"no ChromeDriver at {ChromiumFactAttribute.Driver}: apt-get install -y chromium-driver");
        // The driver and browser are named outright, so Selenium never looks for (or downloads) its own.
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromiumFactAttribute.Driver)!, Path.GetFileName(ChromiumFactAttribute.Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumFactAttribute.Browser };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", $"--user-data-dir={profile}", "--window-size=1400,1000");
        return new ChromeDriver(service, options, Patience);
    }

    // Typing three thousand characters key by key proves nothing about the page; a paste sets the value and fires input.
    private static void Paste(IWebDriver driver, IWebElement text, string article) =>
        ((IJavaScriptExecutor)driver).ExecuteScript(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true })); " +
            "arguments[0].focus(); arguments[0].setSelectionRange(0, 0); arguments[0].scrollTop = 0;",
            text, article);

    private static void WaitForChecks(IWebDriver driver, int count)
    {
        var body = driver.FindElement(By.TagName("body"));
        var deadline = DateTime.UtcNow + Patience;
        while (body.GetDomAttribute("data-checks") != count.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"check {count} did not finish; status: {driver.FindElement(By.Id("status")).Text}");
            Thread.Sleep(50);
        }
    }

    /// <summary>
    /// Each finding of <paramref name="ruleId"/> as drawn in the layer behind the text: the text of its
    /// marks joined (overlapping findings split a span into several marks), their computed decoration,
    /// and the size of its first mark on screen.
    /// </summary>
    private static List<Underline> Underlines(IWebDriver driver, string ruleId)
    {
        var json = (string)((IJavaScriptExecutor)driver).ExecuteScript("""
            const found = new Map();
            for (const m of document.querySelectorAll('#highlights mark')) {
              const keys = m.dataset.keys.split(' ');
              const rules = m.dataset.rules.split(' ');
              keys.forEach((key, i) => {
                if (rules[i] !== arguments[0]) return;
                const r = m.getBoundingClientRect();
                const f = found.get(key) || { text: '', decoration: getComputedStyle(m).textDecorationLine, width: r.width, height: r.height };
                f.text += m.textContent;
                found.set(key, f);
              });
            }
            return JSON.stringify([...found.values()]);
            """, ruleId)!;
        return JsonSerializer.Deserialize<List<Underline>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record Underline(string Text, string Decoration, double Width, double Height);
}
