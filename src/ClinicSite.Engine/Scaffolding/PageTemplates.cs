using ClinicSite.Engine.Content;

namespace ClinicSite.Engine.Scaffolding;

/// <summary>The page kinds 'new' can write, by the name editors type, with the sections each collection uses.</summary>
internal static class PageTemplates
{
    public static readonly IReadOnlyDictionary<string, PageTemplate> Kinds = new SortedDictionary<string, PageTemplate>(StringComparer.Ordinal)
    {
        ["procedure"] = new(Collection.Procedures, typeof(ProcedureMeta),
        [
            ("What it is and what it treats", "Say what the injection is, where it goes and which conditions it treats."),
            ("Finding the cause or easing the pain", "Say whether it finds where the pain comes from, eases it, or both."),
            ("How imaging guides the needle", "Say how X-ray (fluoroscopy) or ultrasound guides the needle."),
            ("Getting ready for this procedure", "Say in two or three lines what the sources say about preparing for this procedure, then link the checklists."),
            ("On the day", "Say what happens on the day, one step per list item."),
            ("Afterwards and recovery", "Say what to expect afterwards and when normal activities can start again."),
            ("When relief starts and how long it lasts", "Say when relief usually starts and how long it may last, as the sources say."),
            ("Other options", "Say what else can help instead of or as well as this injection, and when an injection is not the answer."),
        ]),
        ["risk"] = new(Collection.Risks, typeof(RiskMeta),
        [
            ("What it is", "Say what the problem is, in plain words."),
            ("How often it happens", "Say how common it is, only as the sources put it. Never invent numbers."),
            ("How we lower the risk", "Say what the care team does to make it less likely."),
            ("What you can do", "Say what the reader can do before and after the injection."),
        ]),
        ["specialist"] = new(Collection.Specialists, typeof(SpecialistMeta),
        [
            ("What they do", "Say what this kind of doctor or therapist does."),
            ("Their training", "Say how they are trained, step by step."),
            ("When you might see one", "Say when a patient might be sent to one."),
            ("Questions to ask about training", "List questions a patient can ask, one per list item."),
        ]),
        ["checklist"] = new(Collection.Checklists, typeof(ChecklistMeta),
        [
            ("Before the day", "A task to do before the day, in a few plain words."),
            ("On the day", "A task for the day itself."),
            ("Afterwards", "A task for afterwards."),
        ], Tasks: true),
        ["page"] = new(Collection.Pages, typeof(PlainPageMeta),
        [
            (Placeholders.For("A heading for the first part of the page"), "Write the first part of the page in short, plain sentences."),
        ]),
    };
}
