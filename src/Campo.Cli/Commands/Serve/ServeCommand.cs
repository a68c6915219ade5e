using System.ComponentModel;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
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
public sealed class ServeSettings : CampoSettings
{
    /// <summary>Where to listen.</summary>
    [CommandOption("--urls <URL>")]
    [LocalizedDescription(CliStrings.Option_Urls)]
    [DefaultValue(CampoWebHost.DefaultUrls)]
    public string Urls { get; init; } = CampoWebHost.DefaultUrls;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        foreach (var url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return ValidationResult.Error(CliText.Fill(CliStrings.Error_Urls, url));
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
            throw new CampoException(CliText.Fill(CliStrings.Error_Listen, settings.Urls, error.Message), CliText.Text(CliStrings.Error_ListenExpected), SourceLocation.OfField("--urls"), error);
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [settings.Urls];
        output.Console.MarkupLine(CliText.Fill(CliStrings.Serve_Serving, "[bold]" + Markup.Escape(string.Join(", ", addresses)) + "[/]"));
        app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }
}
