using System.ComponentModel;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// A <see cref="DescriptionAttribute"/> whose text is read from the command line's resources when it is asked for, so
/// that Spectre.Console.Cli, which reads <see cref="DescriptionAttribute.Description"/> when it writes the help, shows
/// every argument and option in the language of the run.
/// </summary>
/// <param name="key">A key of Cli.resx, given as <c>CliStrings.Key</c>.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = false)]
public sealed class LocalizedDescriptionAttribute(string key) : DescriptionAttribute
{
    /// <summary>The resource key.</summary>
    public string Key { get; } = key;

    /// <summary>The text, escaped: Spectre renders help as markup, and descriptions name [market_access] sections.</summary>
    public override string Description => Spectre.Console.Markup.Escape(CliText.Text(Key));
}
