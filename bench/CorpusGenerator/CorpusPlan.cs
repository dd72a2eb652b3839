namespace ClinicSite.Bench.CorpusGenerator;

/// <summary>Decides page counts, slugs, titles and every cross-reference from one seeded <see cref="Random"/>.</summary>
internal sealed class CorpusPlan
{
    private static readonly string[] ProcedureAreas =
        ["Low back", "Neck", "Mid back", "Hip", "Knee", "Shoulder", "Tail bone", "Pelvis", "Head and scalp", "Wrist"];

    private static readonly string[] ProcedureKinds =
        ["joint injection", "nerve block", "nerve root injection", "muscle injection", "disc test", "heat treatment"];

    private static readonly string[] RiskNames =
        ["Soreness at the needle site", "Feeling dizzy", "Short term numbness", "Flushed face", "Trouble sleeping",
         "Skin changes", "More pain for a while", "Feeling weak", "Upset stomach", "Headache after a shot"];

    private static readonly string[] SpecialistNames =
        ["Pain doctor", "Spine doctor", "Nerve doctor", "Rehab doctor", "Imaging doctor", "Therapist", "Nurse", "Family doctor"];

    private static readonly string[] ChecklistNames =
        ["Getting ready", "Shot day", "After your visit", "Questions for your team", "Going home", "Your pain diary"];

    public CorpusPlan(int pages, int seed)
    {
        var procedureCount = Math.Max(1, pages * 3 / 10);
        var riskCount = Math.Max(1, pages * 3 / 10);
        var specialistCount = Math.Max(1, pages * 2 / 10);
        var checklistCount = pages - procedureCount - riskCount - specialistCount;
        var width = Math.Max(4, pages.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);

        Procedures = Make(Collection.Procedures, procedureCount, width,
            i => $"{ProcedureAreas[i % ProcedureAreas.Length]} {ProcedureKinds[i / ProcedureAreas.Length % ProcedureKinds.Length]}");
        Risks = Make(Collection.Risks, riskCount, width, i => RiskNames[i % RiskNames.Length]);
        Specialists = Make(Collection.Specialists, specialistCount, width, i => SpecialistNames[i % SpecialistNames.Length]);
        Checklists = Make(Collection.Checklists, checklistCount, width, i => $"{ChecklistNames[i % ChecklistNames.Length]} checklist");
        All = [.. Procedures, .. Risks, .. Specialists, .. Checklists];

        var random = new Random(seed);
        // Round-robin first, so every risk, specialist and checklist is listed by at least one procedure.
        for (var i = 0; i < Risks.Count; i++)
        {
            Procedures[i % Procedures.Count].Risks.Add(Risks[i]);
        }

        for (var i = 0; i < Specialists.Count; i++)
        {
            Procedures[i % Procedures.Count].Specialists.Add(Specialists[i]);
        }

        for (var i = 0; i < Checklists.Count; i++)
        {
            Procedures[i % Procedures.Count].Checklists.Add(Checklists[i]);
        }

        foreach (var procedure in Procedures)
        {
            TopUp(procedure.Risks, Risks, random.Next(2, 5), random);
            TopUp(procedure.Specialists, Specialists, random.Next(1, 3), random);
            TopUp(procedure.Checklists, Checklists, random.Next(1, 3), random);
            if (Procedures.Count > 1 && random.Next(2) == 0)
            {
                var others = Procedures.Where(p => p != procedure).ToList();
                TopUp(procedure.Related, others, Math.Min(others.Count, random.Next(1, 3)), random);
            }

            procedure.Featured = procedure.Index < 4;
        }
    }

    public List<PlannedPage> Procedures { get; }

    public List<PlannedPage> Risks { get; }

    public List<PlannedPage> Specialists { get; }

    public List<PlannedPage> Checklists { get; }

    public List<PlannedPage> All { get; }

    private static List<PlannedPage> Make(Collection collection, int count, int width, Func<int, string> name)
    {
        var list = new List<PlannedPage>(count);
        for (var i = 0; i < count; i++)
        {
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0');
            list.Add(new PlannedPage(collection, i, $"{collection.SlugPrefix}-{number}", $"{name(i)} {number}"));
        }

        return list;
    }

    /// <summary>Adds distinct random picks until <paramref name="list"/> has <paramref name="target"/> items, then sorts it.</summary>
    private static void TopUp(List<PlannedPage> list, List<PlannedPage> pool, int target, Random random)
    {
        target = Math.Min(target, pool.Count);
        while (list.Count < target)
        {
            var pick = pool[random.Next(pool.Count)];
            if (!list.Contains(pick))
            {
                list.Add(pick);
            }
        }

        list.Sort((a, b) => a.Index.CompareTo(b.Index));
    }
}
