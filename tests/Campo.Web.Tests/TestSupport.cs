using System.Net.Http.Json;
using System.Text.Json;
using Campo.Reports;
using Campo.Web.Api;
using Campo.Web.Runs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Campo.Web.Tests;

/// <summary>The web server in memory (WebApplicationFactory), with options the test chooses.</summary>
public sealed class CampoFactory : WebApplicationFactory<Program>
{
    private readonly Action<CampoWebOptions>? _configure;

    public CampoFactory()
        : this(null)
    {
    }

    internal CampoFactory(Action<CampoWebOptions>? configure) => _configure = configure;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureServices(services => services.Configure<CampoWebOptions>(o =>
        {
            o.DefaultDraws = 10;
            _configure?.Invoke(o);
        }));
    }
}

/// <summary>The real server (Kestrel) on a free loopback port, for the browser and load tests.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The server's address, such as http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    public static async Task<LoopbackServer> StartAsync(Action<CampoWebOptions>? configure = null)
    {
        var app = CampoWebHost.Build([], "http://127.0.0.1:0", configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackServer(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Starting runs and waiting for them through the API.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = CampoJson.Options;

    public static async Task<RunStatus> StartAsync(HttpClient client, RunRequest request)
    {
        using var response = await client.PostAsJsonAsync("/api/runs", request, Json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, "POST /api/runs answered " + (int)response.StatusCode + ": " + body);
        return JsonSerializer.Deserialize<RunStatus>(body, Json)!;
    }

    /// <summary>Polls a run until it is done or failed, at most <paramref name="timeout"/>.</summary>
    public static async Task<RunStatus> WaitAsync(HttpClient client, RunStatus started, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var status = (await client.GetFromJsonAsync<RunStatus>(started.Links.Self, Json))!;
            if (status.State is RunState.Done or RunState.Failed)
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, "the run " + started.Id + " did not finish within " + timeout);
            await Task.Delay(100);
        }
    }

    /// <summary>The repository root (the folder holding Campo.slnx).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Campo.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Campo.slnx not found above the test binaries.");
    }
}
