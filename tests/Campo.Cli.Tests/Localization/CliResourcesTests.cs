using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Resources;
using Campo.Cli.Infrastructure;
using Campo.Cli.Resources;
using Campo.Tests.Shared;
using Spectre.Console.Cli;

namespace Campo.Cli.Tests.Localization;

public class CliResourcesTests : ResourceSetContract
{
    protected override ResourceManager Resources => CliStrings.ResourceManager;

    protected override Type Keys => typeof(CliStrings);

    [Theory]
    [MemberData(nameof(Translations), MemberType = typeof(ResourceSetContract))]
    public void Help_texts_are_translated_not_copied(string code)
    {
        // Invariant: a command's, argument's or option's description of several words is prose a reader of the language must get in it.
        var translated = Entries(CultureInfo.GetCultureInfo(code));
        var copied = English.Where(e => (e.Key.StartsWith("Command_", StringComparison.Ordinal) || e.Key.StartsWith("Option_", StringComparison.Ordinal) || e.Key.StartsWith("Argument_", StringComparison.Ordinal))
                && e.Value.Split(' ').Length >= 4 && translated[e.Key] == e.Value)
            .Select(e => e.Key).ToArray();
        Assert.True(copied.Length == 0, code + " copies English in " + string.Join(", ", copied));
    }

    [Fact]
    public void Every_argument_and_option_of_every_command_has_a_translated_description()
    {
        var settings = typeof(CampoApp).Assembly.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t)).ToArray();
        Assert.NotEmpty(settings);
        var plain = settings
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.GetCustomAttribute<CommandOptionAttribute>() is not null || p.GetCustomAttribute<CommandArgumentAttribute>() is not null)
            .Where(p => p.GetCustomAttribute<DescriptionAttribute>() is not LocalizedDescriptionAttribute)
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToArray();
        Assert.True(plain.Length == 0, "described in English only: " + string.Join(", ", plain));
    }
}
