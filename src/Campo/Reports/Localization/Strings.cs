// The hand-written part of Strings: what is not a key. The keys (one constant per entry of Strings.resx) are generated
// at build time from the .resx by src/Campo.Generators: add a key to the four .resx files, nothing here.
using System.Resources;

namespace Campo.Reports.Localization;

/// <summary>
/// The keys of Campo's user-facing strings (Strings.resx and its translations), as constants, and the resource
/// manager that reads them. Read a string through <see cref="ReportText"/>, naming its key with
/// <c>nameof(Strings.Key)</c>.
/// </summary>
public static partial class Strings
{
    /// <summary>The resources of every language (satellite assemblies es, fr, pt; English in the main assembly).</summary>
    public static ResourceManager ResourceManager { get; } = new("Campo.Reports.Localization.Strings", typeof(Strings).Assembly);
}
