using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EditorialLint.Cli.Serve;

/// <summary>
/// Builds the server: the hook (<c>POST /v1/lint</c>), <c>GET /v1/rules</c>, <c>GET /healthz</c>, the
/// editor's page at <c>/</c>, the rule-file watcher, and one JSON log line per request.
/// </summary>
public static class ServeApp
{
    /// <summary>Builds the application over <paramref name="rules"/>; <paramref name="configure"/> runs last, before it is built.</summary>
    /// <param name="options">Addresses, rule paths and limits.</param>
    /// <param name="rules">The rules, already loaded; shared by every request and swapped in place on reload.</param>
    /// <param name="configure">Changes to the builder, e.g. a test server or other log providers.</param>
    public static WebApplication Build(ServeOptions options, LiveRuleSet rules, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rules);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // The tool reads no appsettings.json, so nothing needs watching for it.
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });
        // On SIGTERM or Ctrl+C, requests in flight get their full time limit to finish.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = options.RequestTimeout + TimeSpan.FromSeconds(5));

        builder.Logging.ClearProviders();
        // Made by the container, so it is disposed (and writes out its last lines) when the server stops.
        builder.Services.AddSingleton<ILoggerProvider>(_ => new JsonLineLog(Console.OpenStandardOutput()));
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(rules);
        builder.Services.AddSingleton<RequestLog>();
        // Made by the container, so it is disposed (letting queued checks finish) when the server stops.
        builder.Services.AddSingleton(_ => new CheckLane(Environment.ProcessorCount));
        builder.Services.AddSingleton<LintEndpoint>();
        builder.Services.AddSingleton<RulesEndpoint>();
        builder.Services.AddSingleton<HealthEndpoint>();
        if (rules.WatchedPaths.Count > 0)
        {
            builder.Services.AddHostedService(services => new RuleFileWatcher(rules, rules.WatchedPaths, options.ReloadDelay,
                services.GetRequiredService<ILogger<RuleFileWatcher>>()));
        }

        configure?.Invoke(builder);
        var app = builder.Build();

        var log = app.Services.GetRequiredService<RequestLog>();
        app.Use((context, next) => log.InvokeAsync(context, next));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapPost(LintEndpoint.Path, (RequestDelegate)app.Services.GetRequiredService<LintEndpoint>().HandleAsync);
        app.MapGet(RulesEndpoint.Path, (RequestDelegate)app.Services.GetRequiredService<RulesEndpoint>().HandleAsync);
        app.MapGet(HealthEndpoint.Path, (RequestDelegate)app.Services.GetRequiredService<HealthEndpoint>().HandleAsync);
        EditorPage.Map(app);
        return app;
    }
}
