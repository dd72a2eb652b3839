namespace ClinicSite.Bench.CorpusGenerator;

/// <summary>Pools of short plain-language phrases and the helpers that pick from them.</summary>
internal static class Filler
{
    private static readonly string[] Openers =
    [
        "", "", "", "", "Before the visit, ", "On the day, ", "After the shot, ", "At home, ", "Most of the time, ",
        "If you are unsure, ", "In many cases, ", "For a few days, ", "Later on, ", "As a rule, ",
    ];

    private static readonly string[] Clauses =
    [
        "you can ask the team any question you have",
        "the team checks your name and the plan with you",
        "a nurse helps you get ready and stays close by",
        "the doctor uses fluoroscopy (a live X-ray video) to guide the needle",
        "the skin is cleaned and numbed first",
        "most people feel pressure more than pain",
        "you lie still for a few minutes",
        "the care team watches you for a short time",
        "you need a ride home if you had sedation",
        "it helps to write down how your pain changes each day",
        "relief may build slowly over a few days",
        "some people feel sore where the needle went in",
        "a cold pack can help with soreness",
        "gentle walking is often fine",
        "your doctor tells you when to start therapy again",
        "it helps to bring a list of every medicine you take",
        "you should talk to your doctor before you change any medicine",
        "you should call your doctor if something feels wrong",
        "the shot is one part of a wider plan",
        "physical therapy and exercise can help relief last",
        "we explain each step before we start",
        "you can bring a family member or a friend",
        "loose clothes are easy to change out of",
        "it is wise to rest for the rest of the day",
        "the numbing medicine may wear off after a few hours",
        "a pain diary helps the team plan the next step",
        "contrast dye shows the doctor where the medicine will go",
        "an ultrasound picture can guide some shots",
        "you should tell the team if you might be pregnant",
        "you should tell the team about any allergy",
        "this page gives general facts and is not medical advice",
        "every person is different",
        "our clinic follows careful safety steps",
        "the room is kept very clean",
        "you can stop and ask a question at any time",
        "it is normal to feel a little nervous",
        "slow deep breaths can help you relax",
        "the visit often takes longer than the shot itself",
        "someone checks on you before you leave",
        "you get written steps to take home",
        "the team keeps notes so the next visit goes well",
        "a short rest helps your body settle",
        "you can call the clinic with questions",
        "the plan can change as you get better",
        "small steps each day add up",
        "good sleep helps your body heal",
        "the front desk can help with forms",
        "your goals guide the plan",
    ];

    private static readonly string[] TableFirst =
    [
        "Check in", "Getting ready", "The shot", "Watching you", "Going home", "The next day", "The first week",
        "Follow up", "Therapy", "Your diary",
    ];

    private static readonly string[] TableLast =
        ["A few minutes", "About an hour", "Same day", "One to two days", "It varies", "Up to a week", "At your next visit"];

    private static readonly string[] SubHeadings =
    [
        "Questions people often ask", "Things to tell the team", "What you may feel", "Small steps that help",
        "Who can help you", "Why this matters", "What to bring", "Signs to keep in mind", "Planning your ride home",
        "Keeping track at home", "Talking with your family", "Rest and movement", "Getting answers",
        "When plans change", "A simple example", "A quick summary",
    ];

    private static readonly string[] Tasks =
    [
        "Write down your main goal, such as walking farther",
        "Make a list of every medicine and supplement you take",
        "Ask your doctor what to do about blood thinners",
        "Ask your doctor before you stop any medicine",
        "Plan a ride home with a friend or family member",
        "Tell the team about any allergy you have",
        "Tell the team if you might be pregnant",
        "Put your insurance card and photo ID in your bag",
        "Wear loose clothes that are easy to change",
        "Leave jewelry and other valuables at home",
        "Write down the questions you want to ask",
        "Check the time and place of your visit",
        "Eat and drink as the clinic told you",
        "Bring your glasses or hearing aids if you use them",
        "Rest for the rest of the day",
        "Use a cold pack if the skin feels sore",
        "Keep the bandage clean and dry",
        "Write down your pain score each morning and night",
        "Call your doctor if you get a fever",
        "Book your follow up visit",
        "Ask when you can go back to work",
        "Ask when you can start therapy again",
        "Go for a short, gentle walk",
        "Keep your pain diary by your bed",
        "Share your diary with the team at your next visit",
        "Ask who to call after hours",
        "Set a reminder for your next visit",
        "Check that someone can stay with you tonight",
    ];

    public static string Sentence(Random random)
    {
        var text = Openers[random.Next(Openers.Length)] + Clauses[random.Next(Clauses.Length)];
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>A bullet item: a clause, capitalised, without a full stop.</summary>
    public static string Item(Random random)
    {
        var text = Clauses[random.Next(Clauses.Length)];
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>Checklist items in a seeded order, each ending in a full stop; a page takes from the front so none repeats.</summary>
    public static Queue<string> ShuffledTasks(Random random)
    {
        var copy = Tasks.Select(t => t + ".").ToArray();
        random.Shuffle(copy);
        return new Queue<string>(copy);
    }

    public static string TableRow(Random random) =>
        $"| {TableFirst[random.Next(TableFirst.Length)]} | {Item(random)} | {TableLast[random.Next(TableLast.Length)]} |";

    /// <summary>Sub-headings in a seeded order; a page takes from the front so its headings stay unique.</summary>
    public static Queue<string> ShuffledSubHeadings(Random random)
    {
        var copy = SubHeadings.ToArray();
        random.Shuffle(copy);
        return new Queue<string>(copy);
    }
}
