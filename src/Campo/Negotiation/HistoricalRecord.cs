using System.Globalization;

namespace Campo.Negotiation;

/// <summary>
/// What happened at a ministerial conference, as the reference records it, so that a prediction can be compared with
/// it. Only the Cancún conference is recorded: on 14 September 2003 the G-20, the G-33, the G-90 and the Cotton-4
/// rejected the Derbez text and the conference closed without agreement (reference
/// negotiation-and-civil-society.md §1.1, §1.4 and §1.5).
/// </summary>
public static class HistoricalRecord
{
    /// <summary>The last day of the Cancún ministerial conference, when it closed without consensus.</summary>
    public static DateOnly Cancun { get; } = new(2003, 9, 14);

    /// <summary>The coalitions recorded as rejecting the Cancún draft.</summary>
    public static IReadOnlyList<string> CancunRejecters { get; } = ["G20", "G33", "G90", "C4"];

    /// <summary>The sources of the Cancún record.</summary>
    public static IReadOnlyList<string> CancunSources { get; } =
    [
        "WTO, day 5 of the Cancún conference, 14 Sep 2003: no consensus, the chair closed the conference (reference §1.1, [V])",
        "G-90 (ACP, African Union, LDCs): Zoellick, \"representatives of the least developed, African, and Caribbean countries reported that their colleagues had rejected any negotiation\" (FT op-ed, reference §1.5 item 1, [V]); AFP on the G-90 formed at Cancún (§1.4, [V])",
        "G-20: the framework of the Derbez text \"far short of the Doha mandate\" (G-20 communications, reference §1.5 item 3, [V])",
        "C-4: the cotton paragraph 27 rejected (\"not even a mouse, an ant\", Traoré; Benin's letter of 26 Sep 2003; reference §1.2.5 and §1.5 item 3, [V])",
        "G-33: special products and a special safeguard as gateway issues (reference §1.4 and §2.2, [V]); Narlikar and Tussie (2004): the coalitions kept their cohesion to the end with no agreement (§1.5 item 6, [V])",
    ];

    /// <summary>
    /// Compares predicted positions with the Cancún record: the share of the rejecting coalitions' members predicted
    /// to object, and of the other members predicted to accept, with final positions and with own positions.
    /// </summary>
    /// <param name="members">The members present.</param>
    /// <param name="final">Final positions, parallel to <paramref name="members"/>.</param>
    /// <param name="alone">Own positions before coalition rules (members without a payoff: their final position).</param>
    /// <param name="coalitions">Members of each recorded coalition present, by code.</param>
    public static HistoricalComparison CompareWithCancun(IReadOnlyList<NegotiatingMember> members, IReadOnlyList<Position> final, IReadOnlyList<Position> alone, IReadOnlyDictionary<string, IReadOnlyCollection<Domain.MemberId>> coalitions)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(final);
        ArgumentNullException.ThrowIfNull(alone);
        ArgumentNullException.ThrowIfNull(coalitions);
        var rejecters = CancunRejecters.Where(coalitions.ContainsKey).SelectMany(c => coalitions[c]).ToHashSet();
        int inSet = 0, objecting = 0, objectingAlone = 0, others = 0, accepting = 0, acceptingAlone = 0;
        for (var i = 0; i < members.Count; i++)
        {
            if (rejecters.Contains(members[i].Id))
            {
                inSet++;
                objecting += final[i] == Position.Object ? 1 : 0;
                objectingAlone += alone[i] == Position.Object ? 1 : 0;
            }
            else
            {
                others++;
                accepting += final[i] == Position.Accept ? 1 : 0;
                acceptingAlone += alone[i] == Position.Accept ? 1 : 0;
            }
        }

        var byCoalition = new List<CoalitionMatch>();
        foreach (var code in CancunRejecters.Where(coalitions.ContainsKey))
        {
            var set = coalitions[code].ToHashSet();
            int n = 0, o = 0, oa = 0;
            for (var i = 0; i < members.Count; i++)
            {
                if (set.Contains(members[i].Id))
                {
                    n++;
                    o += final[i] == Position.Object ? 1 : 0;
                    oa += alone[i] == Position.Object ? 1 : 0;
                }
            }

            byCoalition.Add(new CoalitionMatch(code, n, o, Share(o, n), oa, Share(oa, n)));
        }

        var shareIn = Share(objecting, inSet);
        var shareOut = Share(accepting, others);
        var finding = string.Create(
            CultureInfo.InvariantCulture,
            $"Of the {inSet} members of the coalitions that rejected the draft, {objecting} ({shareIn:0%}) are predicted to object; of the {others} other members, {accepting} ({shareOut:0%}) are predicted to accept.")
            + (shareIn >= 0.5 && shareOut >= 0.5 ? " The prediction matches the record more often than not on both sides." : " The prediction does not match the record on " + (shareIn < 0.5 && shareOut < 0.5 ? "either side" : shareIn < 0.5 ? "the rejecting side" : "the accepting side") + ": a finding about the model's payoffs, not tuned away.");
        return new HistoricalComparison(
            "The Cancún ministerial closed on 14 September 2003 without consensus on the Derbez text; the G-20, G-33, G-90 and Cotton-4 rejected it.",
            CancunSources,
            CancunRejecters,
            inSet,
            objecting,
            shareIn,
            others,
            accepting,
            shareOut,
            Share(objectingAlone, inSet),
            Share(acceptingAlone, others),
            byCoalition,
            finding);
    }

    private static double Share(int count, int total) => total == 0 ? 0 : count / (double)total;
}
