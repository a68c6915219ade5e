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

    /// <summary>A file of API keys, one a line, or null for a server without keys.</summary>
    [CommandOption("--api-key-file <FILE>")]
    [LocalizedDescription(CliStrings.Option_ApiKeyFile)]
    public string? ApiKeyFile { get; init; }

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
        var keys = settings.ApiKeyFile is { } keyFile ? ReadKeys(output.Resolve(keyFile), keyFile) : [];
        using var app = CampoWebHost.Build([], settings.Urls, o =>
        {
            o.ApiKeyHashes = keys;
            o.WarmUp = true;
        });
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
        if (keys.Count > 0)
        {
            output.Console.MarkupLine(Markup.Escape(CliText.Fill(CliStrings.Serve_Keys, keys.Count)));
        }

        app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Reads a key file: one key per line; blank lines and lines starting with # are skipped; a key has at least 16
    /// characters. Only the keys' SHA-256 hashes are kept.
    /// </summary>
    /// <exception cref="CampoException">The file cannot be read, has no key, or a key is too short; the message names the line.</exception>
    internal static IReadOnlyList<byte[]> ReadKeys(string path, string shown)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CampoException(CliText.Fill(CliStrings.Error_KeyFile, error.Message), CliText.Text(CliStrings.Error_KeyFileExpected), new SourceLocation(shown, Field: "--api-key-file"), error);
        }

        var hashes = new List<byte[]>();
        for (var i = 0; i < lines.Length; i++)
        {
            var key = lines[i].Trim();
            if (key.Length == 0 || key.StartsWith('#'))
            {
                continue;
            }

            if (key.Length < 16)
            {
                throw new CampoException(CliText.Fill(CliStrings.Error_KeyTooShort, key.Length), CliText.Text(CliStrings.Error_KeyFileExpected), new SourceLocation(shown, i + 1, 1, "--api-key-file"));
            }

            hashes.Add(Web.Api.ApiKeys.Hash(key));
        }

        return hashes.Count > 0
            ? hashes
            : throw new CampoException(CliText.Text(CliStrings.Error_KeyFileEmpty), CliText.Text(CliStrings.Error_KeyFileExpected), new SourceLocation(shown, Field: "--api-key-file"));
    }
}
