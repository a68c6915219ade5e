using System.IO.Compression;
using System.Xml.Linq;
using Campo.Errors;

namespace Campo.Data.Build;

/// <summary>
/// Reads the cell texts of one worksheet of an .xlsx file (Office Open XML): shared strings and numbers,
/// no formulas evaluated (cached values are used). Enough for IMPACT's correspondence workbook.
/// </summary>
internal static class XlsxSheet
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Returns the cells of a sheet as (row, column letters) to text.</summary>
    public static Dictionary<(int Row, string Column), string> Read(string path, string label, string sheetName)
    {
        using var zip = ZipFile.OpenRead(path);
        var workbook = Load(zip, "xl/workbook.xml", label);
        var sheet = workbook.Descendants(Main + "sheet").FirstOrDefault(s => (string?)s.Attribute("name") == sheetName)
            ?? throw new CampoException($"sheet '{sheetName}' is missing", "IMPACT's Sets.xlsx with its Commodities sheet", new SourceLocation(label));
        var id = (string?)sheet.Attribute(Rel + "id");
        var rels = Load(zip, "xl/_rels/workbook.xml.rels", label);
        var target = rels.Descendants(PackageRel + "Relationship").First(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        var sheetPath = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;

        var shared = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not null)
        {
            shared.AddRange(Load(zip, "xl/sharedStrings.xml", label).Descendants(Main + "si")
                .Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))));
        }

        var cells = new Dictionary<(int, string), string>();
        foreach (var cell in Load(zip, sheetPath, label).Descendants(Main + "c"))
        {
            var reference = (string?)cell.Attribute("r");
            var value = cell.Element(Main + "v")?.Value;
            if (reference is null || value is null)
            {
                continue;
            }

            var letters = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
            var row = int.Parse(reference[letters.Length..], System.Globalization.CultureInfo.InvariantCulture);
            var text = (string?)cell.Attribute("t") == "s" ? shared[int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)] : value;
            cells[(row, letters)] = text;
        }

        return cells;
    }

    private static XDocument Load(ZipArchive zip, string entry, string label)
    {
        var part = zip.GetEntry(entry) ?? throw new CampoException($"part {entry} is missing from the workbook", "a valid .xlsx file", new SourceLocation(label));
        using var stream = part.Open();
        return XDocument.Load(stream);
    }
}
