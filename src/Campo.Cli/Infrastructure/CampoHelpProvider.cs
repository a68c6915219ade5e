using Campo.Cli.Resources;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// Spectre.Console.Cli's help, with a description for <c>campo --help</c> itself (which Spectre has no setting for): what
/// Campo does, and that every command speaks English, Spanish, French or Portuguese (<c>--lang</c>, <c>CAMPO_LANG</c>).
/// </summary>
/// <param name="settings">The application's settings (culture, styles).</param>
internal sealed class CampoHelpProvider(ICommandAppSettings settings) : HelpProvider(settings)
{
    /// <inheritdoc />
    public override IEnumerable<IRenderable> GetDescription(ICommandModel model, ICommandInfo? command) =>
        command is null
            ? [new Text(CliText.Text(CliStrings.App_Description) + "\n\n")]
            : base.GetDescription(model, command);
}
