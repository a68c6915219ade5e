using Campo.Errors;

namespace Campo.Data.Build;

/// <summary>What to build from where.</summary>
/// <param name="From">The shared public data folder (../shared/data): IMPACT, FAOSTAT, prices, countries, wto, negotiation, facts, costs.</param>
/// <param name="Out">The folder to write the dataset into (data/default for the embedded default).</param>
/// <param name="Sources">The project's hand-transcribed, cited inputs (data/sources): LDC periods, EU membership, developed members, Portuguese names.</param>
/// <param name="NamesPt">The i18n-iso-countries Portuguese names file (langs/pt.json), or null for none (Portuguese names left empty).</param>
public sealed record DatasetBuildOptions(string From, string Out, string Sources, string? NamesPt);

/// <summary>One file written by the builder.</summary>
/// <param name="File">The file name.</param>
/// <param name="Rows">Data rows (header excluded).</param>
/// <param name="Bytes">Size in bytes.</param>
public sealed record BuiltFile(string File, int Rows, long Bytes);

/// <summary>
/// Derives the default dataset's CSV files from the shared public data: re-runnable and deterministic (sorted rows,
/// invariant culture, fixed decimals, UTF-8 without BOM, <c>\n</c> line ends), so a second run reproduces the files
/// byte for byte. Only sources marked EMBED in ../shared/data/README.md are read. The method of each table is in
/// docs/data.md.
/// </summary>
public static class DatasetBuilder
{
    /// <summary>The default name of the Portuguese names file inside the sources folder.</summary>
    public const string DefaultNamesPtFile = "i18n-iso-countries-7.14.0-pt.json";

    /// <summary>Builds the dataset into memory: file name to CSV text.</summary>
    /// <exception cref="CampoException">A source file is missing or malformed; the message names it.</exception>
    public static IReadOnlyDictionary<string, string> BuildInMemory(DatasetBuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Directory.Exists(options.From))
        {
            throw new CampoException(Messages.Fill(Messages.Build_FolderMissing, options.From), Messages.Text(Messages.Build_FromFix), SourceLocation.OfField("--from"));
        }

        if (!Directory.Exists(options.Sources))
        {
            throw new CampoException(Messages.Fill(Messages.Build_FolderMissing, options.Sources), Messages.Text(Messages.Build_SourcesFix), SourceLocation.OfField("--sources"));
        }

        if (options.NamesPt is { } pt && !File.Exists(pt))
        {
            throw new CampoException(Messages.Fill(Messages.Build_FileMissing, pt), Messages.Text(Messages.Build_NamesPtFix), SourceLocation.OfField("--names-pt"));
        }

        var data = new SourceFolder(options.From, "shared/data");
        var sources = new SourceFolder(options.Sources, "data/sources");
        var impact = ImpactTables.Read(data);
        var eu = BuildContext.ReadPeriods(sources, "eu_membership.csv");
        var iso = data.Rows("countries/countries_iso_m49.csv").Select(r => r.Row["iso3"]).ToHashSet(StringComparer.Ordinal);
        var context = new BuildContext
        {
            Data = data,
            Sources = sources,
            NamesPt = options.NamesPt,
            Impact = impact,
            Regions = RegionMap.Build(data, impact, eu, iso),
            Members = data.Rows("wto/wto_members_accession.csv"),
            Ldc = BuildContext.ReadPeriods(sources, "ldc_members.csv"),
            Eu = eu,
        };
        MemberTables.Write(context);
        BaseTables.Write(context);
        ContextTables.Write(context);
        BoundTables.Write(context);
        SupportTablesBuilder.Write(context);
        return context.Files;
    }

    /// <summary>Builds the dataset and writes its files into <see cref="DatasetBuildOptions.Out"/>.</summary>
    /// <returns>The files written, in name order.</returns>
    /// <exception cref="CampoException">A source file is missing or malformed; the message names it.</exception>
    public static IReadOnlyList<BuiltFile> Build(DatasetBuildOptions options)
    {
        var files = BuildInMemory(options);
        Directory.CreateDirectory(options.Out);
        var written = new List<BuiltFile>();
        foreach (var (file, text) in files)
        {
            var path = Path.Combine(options.Out, file);
            OutputFile.WriteText(path, text);
            written.Add(new BuiltFile(file, Math.Max(0, text.Count(c => c == '\n') - 1), new FileInfo(path).Length));
        }

        return written;
    }
}
