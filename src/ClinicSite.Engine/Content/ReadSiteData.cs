using ClinicSite.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ClinicSite.Engine.Content;

/// <summary>Binds input/_data/site.yml and glossary.yml to their records.</summary>
internal sealed class ReadSiteData(DiagnosticBag diagnostics)
{
    public (SiteData? Site, IReadOnlyList<GlossaryEntry> Glossary) Run(InputSet input, string inputDisplay)
    {
        SiteData? site = null;
        if (input.DataFiles.TryGetValue("site", out var siteFile))
        {
            site = Bind(siteFile, (b, n) => b.Bind<SiteData>(n));
            if (site is not null && !Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out _))
            {
                diagnostics.Error(Codes.SiteData, new SourceSpan(siteFile.DisplayPath), $"base_url '{site.BaseUrl}' is not an absolute address such as https://clinic.example.org.");
                site = null;
            }

            if (site is not null)
            {
                CheckServerRules.Run(site, siteFile.DisplayPath, diagnostics);
            }
        }
        else
        {
            diagnostics.Error(Codes.SiteData, new SourceSpan($"{inputDisplay}/_data/site.yml"), "site.yml is missing. Create it with the clinic's name, base_url, language, reviewers and conditions (see README).");
        }

        IReadOnlyList<GlossaryEntry> glossary = [];
        if (input.DataFiles.TryGetValue("glossary", out var glossaryFile))
        {
            glossary = Bind(glossaryFile, (b, n) => b.BindList<GlossaryEntry>(n)) ?? [];
            foreach (var duplicate in glossary.GroupBy(g => GlossaryIds.IdFor(g.Term)).Where(g => g.Count() > 1))
            {
                diagnostics.Error(Codes.SiteData, new SourceSpan(glossaryFile.DisplayPath), $"The glossary has '{duplicate.First().Term}' more than once. Keep one entry.");
            }
        }

        return (site, glossary);
    }

    private T? Bind<T>(SourceFile file, Func<YamlBinder, YamlNode, T?> bind) where T : class
    {
        var root = LoadYaml.Root(file.Text, file.DisplayPath, 0, diagnostics, out var empty);
        if (empty)
        {
            diagnostics.Error(Codes.SiteData, new SourceSpan(file.DisplayPath, 1, 1), "The data file is empty.");
        }

        if (root is null)
        {
            return null;
        }

        var binder = new YamlBinder(file.DisplayPath, 0, diagnostics, new FieldPositions(new SourceSpan(file.DisplayPath)));
        var value = bind(binder, root);
        return binder.Failed ? null : value;
    }
}
