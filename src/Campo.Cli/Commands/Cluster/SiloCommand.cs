using System.Globalization;
using System.Net;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Cluster;
using Campo.Errors;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Campo.Cli.Commands.Cluster;

/// <summary>Settings of <c>campo cluster silo</c>.</summary>
public sealed class SiloSettings : CampoSettings
{
    /// <summary>The silo-to-silo port.</summary>
    [CommandOption("--port <P>")]
    [LocalizedDescription(CliStrings.Option_SiloPort)]
    public int Port { get; init; } = 11111;

    /// <summary>The client gateway port.</summary>
    [CommandOption("--gateway <G>")]
    [LocalizedDescription(CliStrings.Option_GatewayPort)]
    public int Gateway { get; init; } = 30000;

    /// <summary>The primary silo's endpoint, or null on the primary.</summary>
    [CommandOption("--primary <HOST:PORT>")]
    [LocalizedDescription(CliStrings.Option_Primary)]
    public string? Primary { get; init; }

    /// <summary>The cluster id clients must present.</summary>
    [CommandOption("--cluster-id <ID>")]
    [LocalizedDescription(CliStrings.Option_ClusterId)]
    public string? ClusterId { get; init; }

    /// <summary>Threads per batch.</summary>
    [CommandOption("--threads <N>")]
    [LocalizedDescription(CliStrings.Option_SiloThreads)]
    public int? Threads { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Port is < 1 or > 65535 || Gateway is < 1 or > 65535 || Port == Gateway)
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_SiloPorts));
        }

        if (Primary is { } primary && !ClusterEndpoint.TryParse(primary, out _))
        {
            return ValidationResult.Error(CliText.Fill(CliStrings.Error_PrimaryAddress, primary));
        }

        if (Threads is { } t && t < 1)
        {
            return ValidationResult.Error(CliText.Text(CliStrings.Error_ThreadsNegotiate));
        }

        return base.Validate();
    }
}

/// <summary><c>campo cluster silo</c>: runs a silo of a Campo cluster until Ctrl+C.</summary>
/// <param name="output">Where to write.</param>
public sealed class SiloCommand(CliOutput output) : Command<SiloSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, SiloSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IPEndPoint? primary = null;
        if (settings.Primary is { } text)
        {
            _ = ClusterEndpoint.TryParse(text, out var endpoint);
            primary = endpoint;
        }

        var identity = ClusterIdentity.FromEnvironment(settings.ClusterId);
        using var silo = SiloHost.Build(new SiloOptions
        {
            SiloPort = settings.Port,
            GatewayPort = settings.Gateway,
            Primary = primary,
            Identity = identity,
            Threads = settings.Threads ?? -1,
        });
        try
        {
            silo.StartAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new CampoException(
                CliText.Fill(CliStrings.Error_SiloStart, settings.Port, settings.Gateway, error.Message),
                null,
                SourceLocation.OfField("--port"),
                error);
        }

        string At(int port) => "127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
        output.Console.MarkupLine(Markup.Escape(CliText.Fill(
            CliStrings.Cluster_SiloStarted,
            identity.ClusterId,
            At(settings.Port),
            At(settings.Gateway),
            settings.Primary ?? CliText.Text(CliStrings.Cluster_ThisSilo))));
        try
        {
            silo.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: stop below.
        }

        silo.StopAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
        output.Console.MarkupLine(Markup.Escape(CliText.Text(CliStrings.Cluster_SiloStopped)));
        return ExitCodes.Ok;
    }
}
