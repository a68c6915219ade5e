using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using Campo.Cli.Resources;
using Spectre.Console.Cli;

namespace Campo.Cli.Infrastructure;

/// <summary>
/// Checks the values given to the options, for every command at once, from the options the settings classes declare:
/// an option that takes a value but is given none (<c>campo run x.toml --draws</c>), and a value that is not a number
/// where the option wants one (<c>--draws abc</c>). Spectre.Console.Cli reports the first with its internal placeholder
/// (it retries the parse with the default command's name "__default_command" inserted, which then becomes the value)
/// and the second without naming the option; these messages name the option, quote the value and say what is expected,
/// in the run's language.
/// </summary>
internal static class OptionValues
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Declared>>> Catalog = new(Build);

    /// <summary>
    /// The message for the first option that takes a value but has none: it ends the command line, is followed by
    /// another option or by <c>--</c>, or is written <c>--draws=</c>. Null when every option has its value, or when the
    /// command line asks for help.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    public static string? MissingValue(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(a => a is "-h" or "--help" or "-?"))
        {
            return null;
        }

        foreach (var (declared, value) in Given(args))
        {
            if (string.IsNullOrEmpty(value))
            {
                return CliText.Fill(CliStrings.Error_OptionNeedsValue, declared[0].Display, Expected(declared));
            }
        }

        return null;
    }

    /// <summary>
    /// The message for the first option whose value cannot be read as the number the option wants, or null. Called when
    /// Spectre.Console.Cli has failed to convert a value, to say which option and why.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    public static string? InvalidValue(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        foreach (var (declared, value) in Given(args))
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            foreach (var option in declared.Where(d => d.Kind is not ValueKind.Text && !Converts(d.ValueType, value)))
            {
                return Invalid(option, value);
            }
        }

        return null;
    }

    /// <summary>The options given with a value slot, each with the value found (empty when there is none).</summary>
    private static IEnumerable<(IReadOnlyList<Declared> Declared, string Value)> Given(IReadOnlyList<string> args)
    {
        var end = args.Count;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--")
            {
                end = i;
                break;
            }
        }

        for (var i = 0; i < end; i++)
        {
            var arg = args[i];
            if (!IsOption(arg))
            {
                continue;
            }

            var separator = arg.IndexOfAny(['=', ':']);
            var name = separator < 0 ? arg : arg[..separator];
            if (!Catalog.Value.TryGetValue(name, out var declared) || declared.All(d => d.Kind is ValueKind.Flag))
            {
                continue;
            }

            // Where commands share an option name, prefer the declarations of the command's own folder (campo dumping's
            // --from is a year, campo data build's a folder).
            if (declared.Where(d => string.Equals(d.Area, args[0], StringComparison.OrdinalIgnoreCase)).ToArray() is { Length: > 0 } own)
            {
                declared = own;
            }

            if (separator >= 0)
            {
                yield return (declared, arg[(separator + 1)..]);
            }
            else if (i + 1 < end && !IsOption(args[i + 1]))
            {
                yield return (declared, args[++i]);
            }
            else
            {
                yield return (declared, string.Empty);
            }
        }
    }

    /// <summary>Whether a token is an option name (<c>--draws</c>, <c>-m</c>) rather than a value such as <c>-3</c>.</summary>
    private static bool IsOption(string token) =>
        token.Length > 1 && token[0] == '-' && !char.IsAsciiDigit(token[1]) && token[1] != '.';

    /// <summary>What a value of the option is: its kind and an example (its default), or its description.</summary>
    private static string Expected(IReadOnlyList<Declared> declared)
    {
        var option = declared.FirstOrDefault(d => d.Kind is not ValueKind.Text and not ValueKind.Flag);
        if (option is not null && declared.All(d => d.Kind == option.Kind))
        {
            var examples = declared.Select(d => d.Example).Distinct().ToArray();
            return examples is [{ } example]
                ? CliText.Fill(CliStrings.Error_OptionExample, KindText(option.Kind), example)
                : KindText(option.Kind);
        }

        var descriptions = declared.Select(d => d.DescriptionKey).Distinct().ToArray();
        return descriptions is [{ } key]
            ? CliText.Text(key)
            : CliText.Fill(CliStrings.Error_OptionNamed, string.Join(" | ", declared.Select(d => d.ValueName).Distinct()));
    }

    private static string Invalid(Declared option, string value)
    {
        if (BigInteger.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            && option.ValueType.GetField("MinValue")?.GetValue(null) is IConvertible min
            && option.ValueType.GetField("MaxValue")?.GetValue(null) is IConvertible max
            && option.Kind is ValueKind.Whole or ValueKind.Natural)
        {
            var lowest = BigInteger.Parse(min.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (whole < lowest && !(option.Kind is ValueKind.Natural && whole.Sign < 0))
            {
                return CliText.Fill(CliStrings.Error_OptionTooSmall, option.Display, value, min.ToString(CultureInfo.InvariantCulture));
            }

            if (whole.Sign > 0)
            {
                return CliText.Fill(CliStrings.Error_OptionTooLarge, option.Display, value, max.ToString(CultureInfo.InvariantCulture));
            }
        }

        return CliText.Fill(CliStrings.Error_OptionNotValue, option.Display, value, KindText(option.Kind));
    }

    private static string KindText(ValueKind kind) => kind switch
    {
        ValueKind.Whole => CliText.Text(CliStrings.Error_OptionKindWhole),
        ValueKind.Natural => CliText.Text(CliStrings.Error_OptionKindNatural),
        _ => CliText.Text(CliStrings.Error_OptionKindNumber),
    };

    /// <summary>Whether the value converts as Spectre.Console.Cli converts it: the type's converter, invariant culture.</summary>
    private static bool Converts(Type type, string value)
    {
        try
        {
            return TypeDescriptor.GetConverter(type).ConvertFrom(null, CultureInfo.InvariantCulture, value) is not null;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or OverflowException or NotSupportedException)
        {
            return false;
        }
    }

    private static Dictionary<string, IReadOnlyList<Declared>> Build()
    {
        var found = new Dictionary<string, List<Declared>>(StringComparer.Ordinal);
        var settings = typeof(OptionValues).Assembly.GetTypes().Where(t => typeof(CommandSettings).IsAssignableFrom(t));
        foreach (var property in settings.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is not { } attribute)
            {
                continue;
            }

            var type = property.PropertyType.IsArray ? property.PropertyType.GetElementType()! : property.PropertyType;
            type = Nullable.GetUnderlyingType(type) ?? type;
            var names = attribute.LongNames.Select(n => "--" + n).Concat(attribute.ShortNames.Select(n => "-" + n)).ToArray();
            var declared = new Declared(
                names[0],
                type,
                attribute.ValueName is null ? ValueKind.Flag : KindOf(type),
                property.GetCustomAttribute<LocalizedDescriptionAttribute>()?.Key,
                property.GetCustomAttribute<DefaultValueAttribute>()?.Value is { } example ? Convert.ToString(example, CultureInfo.InvariantCulture) : null,
                attribute.ValueName ?? string.Empty,
                property.DeclaringType?.Namespace?.Split('.')[^1] ?? string.Empty);
            foreach (var name in names)
            {
                if (!found.TryGetValue(name, out var list))
                {
                    found[name] = list = [];
                }

                list.Add(declared);
            }
        }

        return found.ToDictionary(p => p.Key, p => (IReadOnlyList<Declared>)p.Value, StringComparer.Ordinal);
    }

    private static ValueKind KindOf(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.SByte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 => ValueKind.Whole,
        TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 => ValueKind.Natural,
        TypeCode.Single or TypeCode.Double or TypeCode.Decimal => ValueKind.Number,
        TypeCode.Boolean => ValueKind.Flag,
        _ => ValueKind.Text,
    };

    private enum ValueKind
    {
        Flag,
        Text,
        Whole,
        Natural,
        Number,
    }

    /// <summary>One declaration of an option by a settings class.</summary>
    /// <param name="Display">The name to show: the long one.</param>
    /// <param name="ValueType">The type its value converts to.</param>
    /// <param name="Kind">What its value is.</param>
    /// <param name="DescriptionKey">Its help text's key, or null.</param>
    /// <param name="Example">Its default value, invariant, or null.</param>
    /// <param name="ValueName">The value's name in the template, such as FILE.</param>
    /// <param name="Area">The last part of the settings class's namespace: the command's folder, such as Run.</param>
    private sealed record Declared(string Display, Type ValueType, ValueKind Kind, string? DescriptionKey, string? Example, string ValueName, string Area);
}
