using System.ComponentModel;
using Campo.Cli.Infrastructure;
using Campo.Errors;
using Campo.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Serve;

/// <summary>Settings of <c>campo serve</c>.</summary>
public sealed class ServeSettings : CommandSettings
{
    /// <summary>Where to listen.</summary>
    [CommandOption("--urls <URL>")]
    [Description("Address to listen on; default http://127.0.0.1:5000 (this computer only). Give http://0.0.0.0:5000 to let other computers in.")]
    [DefaultValue(CampoWebHost.DefaultUrls)]
    public string Urls { get; init; } = CampoWebHost.DefaultUrls;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return ValidationResult.Error("--urls: \"" + url + "\" is not an address; give one such as http://127.0.0.1:5000");
            }
        }

        return base.Validate();
    }
}

/// <summary><c>campo serve</c>: runs the web server until Ctrl+C.</summary>
/// <param name="output">Where to write.</param>
public sealed class ServeCommand(CliOutput output) : Command<ServeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var app = CampoWebHost.Build([], settings.Urls);
        try
        {
            app.StartAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (IOException error)
        {
            throw new CampoException("cannot listen on " + settings.Urls + ": " + error.Message, "choose another address or port with --urls", SourceLocation.OfField("--urls"), error);
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [settings.Urls];
        output.Console.MarkupLine("Campo is serving at [bold]" + Markup.Escape(string.Join(", ", addresses)) + "[/]. Press Ctrl+C to stop.");
        app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }
}
