// The hand-written part of CliStrings: what is not a key. The keys (one constant per entry of Cli.resx) are generated
// at build time from the .resx by src/Campo.Generators: add a key to the four .resx files, nothing here.
using System.Resources;

namespace Campo.Cli.Resources;

/// <summary>
/// The keys of the command line's strings (Resources/Cli.resx and its translations), as constants, and the resource manager
/// that reads them. Read a string through <see cref="Infrastructure.CliText"/>, naming its key as <c>CliStrings.Key</c>.
/// </summary>
public static partial class CliStrings
{
    /// <summary>The resources of every language (satellite assemblies es, fr, pt; English in the main assembly).</summary>
    public static ResourceManager ResourceManager { get; } = new("Campo.Cli.Resources.Cli", typeof(CliStrings).Assembly);
}
