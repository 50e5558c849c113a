package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"marsad/data"
	"marsad/data/analyze"
	"marsad/data/corpus"
	"marsad/data/store"
)

func init() {
	register("topic", `topic add [--db F] NAME KEYWORD... | topic list [--db F] [--json]
Adds a topic (and analyses the corpus for it), or lists the topics.`, runTopic)
	register("actors", `actors [--db F] [--json] [--topic T] [--forms] [--article ID]
Lists the actors with their aliases, mentions, statements and stances;
with --forms, every surface form that names each one, with counts; with
--article, the actors of one article and the words naming them there.`, runActors)
	register("statements", `statements [--db F] [--json|--csv] [--topic T] [--actor A] [--article ID] [--on-topic]
Lists the statements with their actor, topic, stance, cues and sentence.`, runStatements)
	register("actor", `actor merge|alias|unalias|rename|split|set|add [--db F] ...
  actor merge INTO FROM...        FROM's names name INTO from now on
  actor alias ACTOR WORDS...      more names of ACTOR (the corpus is analysed again)
  actor unalias WORDS...          the words name no actor
  actor rename ACTOR NAME         a new display name
  actor split ACTOR NAME [WORDS...]  a new actor NAME, with some names of ACTOR
  actor set ACTOR [--kind K] [--affiliation A]
  actor add NAME [--kind K] [--affiliation A] [WORDS...]  an actor of your own
  actor proposals [--json]        spellings one letter from an actor's name, to confirm with alias
  actor reject ACTOR WORDS...     the words are not a spelling of ACTOR: stop proposing them
ACTOR is an actor's ID or one of its names. Every change can be undone.`, runActor)
	register("statement", `statement set|add|delete [--db F] ...
  statement set ID [--stance S] [--actor A] [--topic T]
  statement add ARTICLE_ID --sentence N --actor A [--topic T --stance S]
  statement delete ID
Corrections stay when the corpus is analysed again. Every change can be undone.`, runStatement)
	register("undo", "undo [--db F]\nUndoes the last correction.", func(args []string) error { return runReplay("undo", args) })
	register("redo", "redo [--db F]\nRedoes the correction undone last.", func(args []string) error { return runReplay("redo", args) })
	register("reanalyze", "reanalyze [--db F]\nAnalyses the whole corpus again; corrections stay.", runReanalyze)
	register("learn", `learn [--db F] [--forget]
Learns from your corrections: the stance model is tuned on every statement
you gave a topic and a stance, kept in the corpus, and the corpus is
analysed again with it. Your corrections are never changed. --forget goes
back to the shipped model.`, runLearn)
}

// withStore parses the flags, opens the corpus and runs fn.
func withStore(f *flags, args []string, fn func(ctx context.Context, st *store.Store, pos []string) error) error {
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	ctx, cancel := signalContext()
	defer cancel()
	st, err := f.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(ctx, st, pos)
}

func runTopic(args []string) error {
	if len(args) == 0 || (args[0] != "add" && args[0] != "list") {
		return usageError("usage: marsad topic add NAME KEYWORD... | marsad topic list")
	}
	f := newFlags("topic")
	asJSON := f.Bool("json", false, "print JSON")
	return withStore(f, args[1:], func(ctx context.Context, st *store.Store, pos []string) error {
		if args[0] == "list" {
			ts, err := st.Topics(ctx)
			if err != nil {
				return err
			}
			if *asJSON {
				return printJSON(nonNil(ts))
			}
			for _, t := range ts {
				fmt.Printf("%d\t%s\t%s\n", t.ID, t.Name, strings.Join(t.Keywords, "، "))
			}
			return nil
		}
		if len(pos) < 2 {
			return usageError("usage: marsad topic add NAME KEYWORD...")
		}
		id, err := st.AddTopic(ctx, pos[0], pos[1:])
		if err != nil {
			return err
		}
		if err := corpus.Reanalyze(ctx, st); err != nil {
			return err
		}
		ss, err := st.Statements(ctx, store.StatementFilter{Topic: pos[0]})
		if err != nil {
			return err
		}
		fmt.Printf("topic %d added: %d statements about it\n", id, len(ss))
		return nil
	})
}

// actorWithForms is an actor of the list with its surface forms.
type actorWithForms struct {
	store.ActorSummary
	Forms []store.Form `json:"forms"`
}

func runActors(args []string) error {
	f := newFlags("actors")
	asJSON := f.Bool("json", false, "print JSON")
	topic := f.String("topic", "", "count stances toward this topic only")
	forms := f.Bool("forms", false, "list every surface form naming each actor, with counts")
	article := f.Int64("article", 0, "the actors of this article only")
	return withStore(f, args, func(ctx context.Context, st *store.Store, _ []string) error {
		if err := checkTopic(ctx, st, *topic); err != nil {
			return err
		}
		if *article != 0 {
			as, err := st.ArticleActors(ctx, *article)
			if err != nil {
				return err
			}
			if *asJSON {
				return printJSON(nonNil(as))
			}
			for _, a := range as {
				words := make([]string, len(a.Mentions))
				for i, m := range a.Mentions {
					words[i] = fmt.Sprintf("%s ×%d", m.Text, m.Count)
				}
				fmt.Printf("%d\t%s\t%s\t%s\n", a.ID, a.Name, a.Kind, strings.Join(words, "، "))
			}
			return nil
		}
		as, err := st.Actors(ctx, *topic)
		if err != nil {
			return err
		}
		if *forms {
			out := make([]actorWithForms, len(as))
			for i, a := range as {
				fs, err := st.ActorForms(ctx, a.ID)
				if err != nil {
					return err
				}
				out[i] = actorWithForms{ActorSummary: a, Forms: nonNil(fs)}
			}
			if *asJSON {
				return printJSON(out)
			}
			for _, a := range out {
				words := make([]string, len(a.Forms))
				for i, m := range a.Forms {
					words[i] = fmt.Sprintf("%s ×%d", m.Text, m.Count)
				}
				fmt.Printf("%d\t%s\t%s\n", a.ID, a.Name, strings.Join(words, "، "))
			}
			return nil
		}
		if *asJSON {
			return printJSON(nonNil(as))
		}
		tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tKIND\tAFFILIATION\tMENTIONS\tSTATEMENTS\tSUPPORT\tOPPOSE\tCONDITIONAL\tNEUTRAL")
		for _, a := range as {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\n", a.ID, a.Name, a.Kind, a.Affiliation, a.Mentions, a.Statements,
				a.Stance["support"], a.Stance["oppose"], a.Stance["conditional"], a.Stance["neutral"])
		}
		return tw.Flush()
	})
}

func runStatements(args []string) error {
	f := newFlags("statements")
	asJSON := f.Bool("json", false, "print JSON")
	asCSV := f.Bool("csv", false, "print CSV")
	topic := f.String("topic", "", "only statements about this topic")
	actor := f.String("actor", "", "only statements by this actor (ID or name)")
	article := f.Int64("article", 0, "only statements in this article")
	onTopic := f.Bool("on-topic", false, "only statements about a topic")
	return withStore(f, args, func(ctx context.Context, st *store.Store, _ []string) error {
		if err := checkTopic(ctx, st, *topic); err != nil {
			return err
		}
		if *article != 0 {
			if _, err := st.Article(ctx, *article); err != nil {
				return err
			}
		}
		filt := store.StatementFilter{ArticleID: *article, Topic: *topic, OnTopic: *onTopic}
		if *actor != "" {
			id, err := resolveActor(ctx, st, *actor)
			if err != nil {
				return err
			}
			filt.ActorID = id
		}
		ss, err := st.Statements(ctx, filt)
		if err != nil {
			return err
		}
		switch {
		case *asJSON:
			return printJSON(nonNil(ss))
		case *asCSV:
			return writeStatementsCSV(ss)
		}
		for _, s := range ss {
			fmt.Printf("%d\t%d\t%s\t%s\t%s\t%.2f\t%s\n", s.ID, s.ArticleID, s.Actor, s.Topic, s.Stance, s.Confidence, s.Sentence)
		}
		return nil
	})
}

func writeStatementsCSV(ss []store.StatementView) error {
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"id", "article_id", "file", "actor_id", "actor", "topic", "stance", "confidence", "cues", "sentence", "origin"})
	for _, s := range ss {
		cues := make([]string, len(s.Cues))
		for i, c := range s.Cues {
			cues[i] = c.Class + ":" + c.Text
		}
		w.Write([]string{strconv.FormatInt(s.ID, 10), strconv.FormatInt(s.ArticleID, 10), s.File, strconv.FormatInt(s.ActorID, 10),
			s.Actor, s.Topic, s.Stance, strconv.FormatFloat(s.Confidence, 'f', 2, 64), strings.Join(cues, "; "), s.Sentence, s.Origin})
	}
	w.Flush()
	return w.Error()
}

// checkTopic says so when a topic the user named does not exist,
// instead of listing nothing.
func checkTopic(ctx context.Context, st *store.Store, topic string) error {
	if topic == "" {
		return nil
	}
	ts, err := st.Topics(ctx)
	if err != nil {
		return err
	}
	names := make([]string, len(ts))
	for i, t := range ts {
		if t.Name == topic {
			return nil
		}
		names[i] = t.Name
	}
	return fmt.Errorf("no topic %q (the topics: %s)", topic, strings.Join(names, "، "))
}

// resolveActor finds an actor by ID, name or any of its names.
func resolveActor(ctx context.Context, st *store.Store, ref string) (int64, error) {
	a, err := corpus.Analyzer(ctx, st)
	if err != nil {
		return 0, err
	}
	return st.ResolveActor(ctx, ref, a.KeyOf(ref))
}

func runReplay(which string, args []string) error {
	return withStore(newFlags(which), args, func(ctx context.Context, st *store.Store, _ []string) error {
		replay := st.Undo
		if which == "redo" {
			replay = st.Redo
		}
		ed, err := replay(ctx)
		if err != nil {
			return err
		}
		fmt.Printf("%s: %s %s\n", which, ed.Action, ed.Summary)
		return nil
	})
}

func runLearn(args []string) error {
	f := newFlags("learn")
	forget := f.Bool("forget", false, "forget what was learned: the shipped model applies again")
	return withStore(f, args, func(ctx context.Context, st *store.Store, _ []string) error {
		if *forget {
			if err := corpus.Unlearn(ctx, st); err != nil {
				return err
			}
			fmt.Println("forgot the learned stance model; the corpus was analysed again with the shipped one")
			return nil
		}
		rep, err := corpus.Learn(ctx, st)
		if err != nil {
			return err
		}
		fmt.Printf("learned from %d corrected statements; the new analysis changed the stance of %d statements\n", rep.Corrections, rep.Changed)
		return nil
	})
}

func runReanalyze(args []string) error {
	return withStore(newFlags("reanalyze"), args, func(ctx context.Context, st *store.Store, _ []string) error {
		return corpus.Reanalyze(ctx, st)
	})
}

func runStatement(args []string) error {
	if len(args) == 0 {
		return usageError("usage: marsad statement set|add|delete ...")
	}
	f := newFlags("statement")
	stance := f.String("stance", "", "support, oppose, conditional or neutral")
	actor := f.String("actor", "", "actor ID or name")
	topic := f.String("topic", "", "topic name (\"-\" for none)")
	sentence := f.Int("sentence", 0, "the sentence of the article's body, from 1")
	sub := args[0]
	return withStore(f, args[1:], func(ctx context.Context, st *store.Store, pos []string) error {
		if len(pos) != 1 {
			return usageError("usage: marsad statement %s ID", sub)
		}
		id, err := strconv.ParseInt(pos[0], 10, 64)
		if err != nil {
			return usageError("not an ID: %s", pos[0])
		}
		switch sub {
		case "delete":
			return st.DeleteStatement(ctx, id)
		case "set":
			var c store.StatementChange
			if f.set("stance") {
				c.Stance = stance
			}
			if f.set("topic") {
				t := strings.TrimPrefix(*topic, "-")
				c.Topic = &t
			}
			if *actor != "" {
				aid, err := resolveActor(ctx, st, *actor)
				if err != nil {
					return err
				}
				c.ActorID = &aid
			}
			before, err := oneStatement(ctx, st, id)
			if err != nil {
				return err
			}
			if err := st.SetStatement(ctx, id, c); err != nil {
				return err
			}
			after, err := oneStatement(ctx, st, id)
			if err != nil {
				return err
			}
			fmt.Printf("statement %d: %s\n", id, describeChange(before, after))
			return nil
		case "add":
			return addStatement(ctx, st, id, *sentence, *actor, *topic, *stance)
		}
		return usageError("usage: marsad statement set|add|delete ...")
	})
}

func addStatement(ctx context.Context, st *store.Store, articleID int64, sentence int, actor, topic, stance string) error {
	art, err := st.Article(ctx, articleID)
	if err != nil {
		return err
	}
	start, end, err := corpus.SentenceSpan(art, sentence)
	if err != nil {
		return err
	}
	aid, err := resolveActor(ctx, st, actor)
	if err != nil {
		return err
	}
	id, err := st.AddStatement(ctx, store.NewStatement{ArticleID: articleID, SentStart: start, SentEnd: end, ActorID: aid, Topic: topic, Stance: stance})
	if err == nil {
		fmt.Printf("statement %d added\n", id)
	}
	return err
}

func runActor(args []string) error {
	if len(args) == 0 {
		return usageError("usage: marsad actor merge|alias|unalias|rename|split|set|add ...")
	}
	f := newFlags("actor")
	kind := f.String("kind", "", "person, org, state, group or media")
	asJSON := f.Bool("json", false, "print JSON (proposals)")
	aff := f.String("affiliation", "", "the actor's state")
	sub := args[0]
	return withStore(f, args[1:], func(ctx context.Context, st *store.Store, pos []string) error {
		if sub == "proposals" {
			return printProposals(ctx, st, *asJSON)
		}
		a, err := corpus.Analyzer(ctx, st)
		if err != nil {
			return err
		}
		ed := actorEdit{ctx: ctx, st: st, a: a}
		reanalyse, err := ed.run(sub, pos, f, *kind, *aff)
		if err != nil || !reanalyse {
			return err
		}
		return corpus.Reanalyze(ctx, st)
	})
}

// actorEdit runs one actor subcommand.
type actorEdit struct {
	ctx context.Context
	st  *store.Store
	a   *analyze.Analyzer
}

// run applies the edit and reports whether the corpus must be analysed
// again for the analysis to find new names.
func (e actorEdit) run(sub string, pos []string, f *flags, kind, aff string) (bool, error) {
	need := map[string]int{"merge": 2, "alias": 2, "unalias": 1, "rename": 2, "split": 2, "set": 1, "add": 1, "reject": 2}
	if n, ok := need[sub]; !ok || len(pos) < n {
		return false, usageError("usage: marsad actor %s ... (see marsad actor -h)", sub)
	}
	if sub == "unalias" {
		for _, w := range pos {
			if err := e.st.RemoveAlias(e.ctx, w, e.a.KeyOf(w)); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	if sub == "add" {
		if kind == "" {
			kind = analyze.KindPerson
		}
		id, err := e.st.AddActor(e.ctx, pos[0], e.a.KeyOf(pos[0]), kind, aff)
		if err == nil {
			fmt.Printf("actor %d added\n", id)
			err = e.aliases(id, pos[1:])
		}
		return true, err
	}
	id, err := e.st.ResolveActor(e.ctx, pos[0], e.a.KeyOf(pos[0]))
	if err != nil {
		return false, err
	}
	switch sub {
	case "merge":
		for _, ref := range pos[1:] {
			from, err := e.st.ResolveActor(e.ctx, ref, e.a.KeyOf(ref))
			if err == nil {
				err = e.st.MergeActors(e.ctx, id, from)
			}
			if err != nil {
				return false, err
			}
		}
		return false, nil
	case "alias":
		return true, e.aliases(id, pos[1:])
	case "reject":
		for _, w := range pos[1:] {
			if err := e.st.RejectProposal(e.ctx, e.a.KeyOf(w), id); err != nil {
				return false, err
			}
		}
		return false, nil
	case "rename":
		return true, e.st.RenameActor(e.ctx, id, pos[1], e.a.KeyOf(pos[1]))
	case "split":
		var als []store.AliasRow
		for _, w := range pos[2:] {
			als = append(als, store.AliasRow{Key: e.a.KeyOf(w), Alias: w})
		}
		nid, err := e.st.SplitActor(e.ctx, id, pos[1], e.a.KeyOf(pos[1]), als)
		if err == nil {
			fmt.Printf("actor %d split off\n", nid)
		}
		return true, err
	}
	var k, af *string
	if f.set("kind") {
		k = &kind
	}
	if f.set("affiliation") {
		af = &aff
	}
	return false, e.st.SetActor(e.ctx, id, k, af)
}

func printProposals(ctx context.Context, st *store.Store, asJSON bool) error {
	ps, err := st.Proposals(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		return printJSON(nonNil(ps))
	}
	for _, p := range ps {
		fmt.Printf("%s\t→ %d %s\t(%d articles)\n", p.Alias, p.ActorID, p.Actor, p.Articles)
	}
	return nil
}

func (e actorEdit) aliases(id int64, words []string) error {
	for _, w := range words {
		if err := e.st.AddAlias(e.ctx, id, w, e.a.KeyOf(w)); err != nil {
			return err
		}
	}
	return nil
}

// set reports whether the flag name was given.
func (f *flags) set(name string) bool {
	found := false
	f.Visit(func(fl *flag.Flag) { found = found || fl.Name == name })
	return found
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// oneStatement returns statement id as the lists show it.
func oneStatement(ctx context.Context, st *store.Store, id int64) (store.StatementView, error) {
	ss, err := st.Statements(ctx, store.StatementFilter{ID: id})
	if err != nil {
		return store.StatementView{}, err
	}
	if len(ss) == 0 {
		return store.StatementView{}, fmt.Errorf("statement %d: %w", id, data.ErrNotFound)
	}
	return ss[0], nil
}

// describeChange says what a correction changed: "stance oppose → neutral".
func describeChange(a, b store.StatementView) string {
	var parts []string
	dash := func(s string) string {
		if s == "" {
			return "—"
		}
		return s
	}
	if a.Actor != b.Actor {
		parts = append(parts, fmt.Sprintf("actor %s → %s", dash(a.Actor), dash(b.Actor)))
	}
	if a.Topic != b.Topic {
		parts = append(parts, fmt.Sprintf("topic %s → %s", dash(a.Topic), dash(b.Topic)))
	}
	if a.Stance != b.Stance {
		parts = append(parts, fmt.Sprintf("stance %s → %s", dash(a.Stance), dash(b.Stance)))
	}
	if len(parts) == 0 {
		parts = append(parts, "unchanged")
	}
	return strings.Join(parts, ", ") + " (" + b.Origin + ")"
}
