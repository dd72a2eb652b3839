using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClinicSite.Engine.Reports;

/// <summary>The report as text: JSON (an array of page objects), CSV (RFC 4180) or a plain aligned table.</summary>
internal static class ReportText
{
    /// <summary>Every column, in order; the table leaves out the wide ones (path, URL, reading ease).</summary>
    public static readonly IReadOnlyList<ReportColumn> Columns =
    [
        new("Collection", r => r.CollectionName),
        new("Title", r => r.Title),
        new("Path", r => r.Path, InTable: false),
        new("URL", r => r.Url, InTable: false),
        new("Words", r => Number(r.Words), Numeric: true),
        new("Grade", r => Number(r.Grade), Numeric: true),
        new("Reading ease", r => Number(r.ReadingEase), Numeric: true, InTable: false),
        new("Reviewed", r => Date(r.Reviewed)),
        new("Next review", r => Date(r.NextReview)),
        new("Due in days", r => Number(r.DaysUntilDue), Numeric: true),
        new("Inbound", r => Number(r.Inbound), Numeric: true),
        new("Outbound", r => Number(r.Outbound), Numeric: true),
        new("Flags", r => string.Join(' ', r.FlagNames)),
    ];

    public static IReadOnlyList<ReportColumn> TableColumns { get; } = Columns.Where(c => c.InTable).ToList();

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(IReadOnlyList<PageReport> rows, ReportFormat format) => format switch
    {
        ReportFormat.Json => Json(rows),
        ReportFormat.Csv => Csv(rows),
        _ => Table(rows),
    };

    public static string Json(IReadOnlyList<PageReport> rows)
    {
        var array = new JsonArray();
        foreach (var row in rows)
        {
            array.Add((JsonNode)new JsonObject
            {
                ["collection"] = row.CollectionName,
                ["path"] = row.Path,
                ["url"] = row.Url,
                ["title"] = row.Title,
                ["words"] = row.Words,
                ["grade"] = Math.Round(row.Grade, 1),
                ["readingEase"] = Math.Round(row.ReadingEase, 1),
                ["reviewed"] = Date(row.Reviewed),
                ["nextReview"] = Date(row.NextReview),
                ["daysUntilDue"] = row.DaysUntilDue,
                ["inbound"] = row.Inbound,
                ["outbound"] = row.Outbound,
                ["flags"] = new JsonArray(row.FlagNames.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
            });
        }

        return array.ToJsonString(JsonOptions) + "\n";
    }

    /// <summary>Comma-separated, CRLF line ends and quoting as RFC 4180 describes, which spreadsheets expect.</summary>
    public static string Csv(IReadOnlyList<PageReport> rows)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', Columns.Select(c => CsvField(c.Header))).Append("\r\n");
        foreach (var row in rows)
        {
            sb.AppendJoin(',', Columns.Select(c => CsvField(c.Cell(row)))).Append("\r\n");
        }

        return sb.ToString();
    }

    /// <summary>A plain table for pipes and files: columns padded with spaces, numbers right-aligned, a totals line.</summary>
    public static string Table(IReadOnlyList<PageReport> rows)
    {
        var columns = TableColumns;
        var cells = rows.Select(r => columns.Select(c => c.Cell(r)).ToArray()).ToList();
        var widths = columns.Select((c, i) => cells.Select(r => r[i].Length).Append(c.Header.Length).Max()).ToArray();
        var sb = new StringBuilder();
        void Line(IEnumerable<string> values)
        {
            var padded = values.Select((v, i) => columns[i].Numeric ? v.PadLeft(widths[i]) : v.PadRight(widths[i]));
            sb.Append(string.Join("  ", padded).TrimEnd()).Append('\n');
        }

        Line(columns.Select(c => c.Header));
        Line(widths.Select(w => new string('-', w)));
        cells.ForEach(Line);
        sb.Append(Totals(rows)).Append('\n');
        return sb.ToString();
    }

    /// <summary>One line under the table: how many pages, and how many carry each flag.</summary>
    public static string Totals(IReadOnlyList<PageReport> rows)
    {
        int Count(PageFlags flag) => rows.Count(r => r.Flags.HasFlag(flag));
        return string.Create(CultureInfo.InvariantCulture,
            $"{rows.Count} pages: {Count(PageFlags.Overdue)} overdue, {Count(PageFlags.HardToRead)} hard to read, {Count(PageFlags.Orphan)} orphaned.");
    }

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
