using System.Text;
using ClinicSite.Bench.CorpusGenerator;

// Writes a synthetic, schema-valid ClinicSite content folder for build benchmarks (bench/run-build-bench.sh).
var options = Options.Parse(args, out var error);
if (options is null)
{
    if (!string.IsNullOrEmpty(error))
    {
        Console.Error.WriteLine($"error: {error}");
    }

    (string.IsNullOrEmpty(error) ? Console.Out : Console.Error).Write(Options.Usage);
    return string.IsNullOrEmpty(error) ? 0 : 2;
}

if (!File.Exists(options.SiteYml))
{
    Console.Error.WriteLine($"error: site data '{options.SiteYml}' not found; pass --site-yml FILE (bench/fixtures/site.yml is a stand-in).");
    return 2;
}

var outDir = Path.GetFullPath(options.OutDir);
var siteYml = File.ReadAllBytes(options.SiteYml);
var siteText = Encoding.UTF8.GetString(siteYml);
var glossary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.SiteYml))!, "glossary.yml");
var hasGlossary = File.Exists(glossary);

// Root pages the site data points at (footer links) must exist, or the build reports broken links; the
// glossary page is added whenever there is a glossary, since glossary terms link to it.
var standIns = SiteData.ReadFooterPages(siteText)
    .Where(p => p.EndsWith(".md", StringComparison.Ordinal) && !p.Contains('/', StringComparison.Ordinal) && p != "index.md")
    .Select(p => p[..^3])
    .ToList();
if (hasGlossary && !standIns.Contains("glossary"))
{
    standIns.Add("glossary");
}

standIns.Sort(StringComparer.Ordinal);
string[] ownedFolders = ["_data", "procedures", "risks", "specialists", "checklists"];
if (Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any())
{
    if (!options.Force)
    {
        Console.Error.WriteLine($"error: '{outDir}' is not empty; remove it or pass --force to replace the generated folders.");
        return 2;
    }

    var strangers = Directory.EnumerateFileSystemEntries(outDir).Select(Path.GetFileName)
        .Where(n => !ownedFolders.Contains(n) && !(n!.EndsWith(".md", StringComparison.Ordinal) && File.Exists(Path.Combine(outDir, n))))
        .ToList();
    if (strangers.Count > 0)
    {
        Console.Error.WriteLine($"error: '{outDir}' holds entries the generator did not write ({string.Join(", ", strangers)}); refusing to touch it.");
        return 2;
    }

    Directory.Delete(outDir, recursive: true);
}

var conditionIds = SiteData.ReadConditionIds(siteText);
if (conditionIds.Count == 0)
{
    Console.Error.WriteLine($"warning: no 'conditions:' map found in '{options.SiteYml}'; using the condition ids from the content brief.");
    conditionIds = [.. SiteData.BriefConditionIds];
}

var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var dataDir = Path.Combine(outDir, "_data");
Directory.CreateDirectory(dataDir);
File.WriteAllBytes(Path.Combine(dataDir, "site.yml"), siteYml);
if (hasGlossary)
{
    File.Copy(glossary, Path.Combine(dataDir, "glossary.yml"));
}

var plan = new CorpusPlan(options.Pages, options.Seed);
var writer = new PageWriter(plan, conditionIds, options.Seed);
var words = 0L;
foreach (var collection in Collection.All)
{
    var pages = plan.All.Where(p => p.Collection == collection).ToList();
    var folder = Path.Combine(outDir, collection.Folder);
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, "_index.md"), PageWriter.WriteSectionIndex(collection, pages[0]), utf8);
    foreach (var page in pages)
    {
        var text = writer.Write(page);
        words += text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        File.WriteAllText(Path.Combine(folder, page.Slug + ".md"), text, utf8);
    }
}

File.WriteAllText(Path.Combine(outDir, "index.md"), PageWriter.WriteHome(), utf8);
foreach (var slug in standIns)
{
    File.WriteAllText(Path.Combine(outDir, slug + ".md"), PageWriter.WriteStandIn(slug, slug == "glossary"), utf8);
}

Console.WriteLine(
    $"Wrote {plan.All.Count} pages ({plan.Procedures.Count} procedures, {plan.Risks.Count} risks, " +
    $"{plan.Specialists.Count} specialists, {plan.Checklists.Count} checklists) + 4 section indexes + index.md " +
    $"{(standIns.Count > 0 ? $"+ stand-in root pages ({string.Join(", ", standIns)}) " : string.Empty)}" +
    $"to {outDir}; about {words / plan.All.Count} words per page file; glossary.yml {(hasGlossary ? "copied" : "not found")}.");
return 0;
