package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"marsad/data"
	"marsad/data/corpus"
	"marsad/data/store"
	"marsad/data/stories"
)

func init() {
	register("stories", `stories [--db F] [--json] [--regroup]
Lists the stories: groups of articles that report the same event, the
largest first. --regroup groups the whole corpus again first, keeping the
stories the user edited and the articles the user took out.`, runStories)
	register("compare", `compare [--db F] [--json] ID ID [ID...]
Puts two or more articles side by side: sentences that say the same thing
paired, the rest unpaired, each side's actors and stances, and the
differences (an actor's stance, an actor quoted on one side only,
headlines that frame the event differently).`, runCompare)
	register("story", `story [--db F] move ARTICLE_ID STORY_ID|none
Moves an article into a story, or out of every story with none. The move
is the user's and stays through regrouping.`, runStory)
}

func runStories(args []string) error {
	f := newFlags("stories")
	asJSON := f.Bool("json", false, "print JSON")
	regroup := f.Bool("regroup", false, "group the whole corpus again first")
	if pos, err := f.parse(args); err != nil {
		return err
	} else if len(pos) > 0 {
		return usageError("stories takes no arguments")
	}
	ctx, cancel := signalContext()
	defer cancel()
	st, err := f.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	if *regroup {
		if err := corpus.Regroup(ctx, st); err != nil {
			return err
		}
	}
	list, err := st.Stories(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if list == nil {
			list = []store.Story{}
		}
		return printJSON(list)
	}
	printStories(list)
	return nil
}

func printStories(list []store.Story) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	for _, s := range list {
		fmt.Fprintf(tw, "story %d\t%s\n", s.ID, s.Label)
		fmt.Fprintf(tw, "\t%d articles, %s, %s\n", len(s.Articles), strings.Join(s.Sources, ", "), span(s.FirstDate, s.LastDate))
		for _, a := range s.Articles {
			mark := ""
			if a.Origin == data.OriginUser {
				mark = " (moved by the user)"
			}
			fmt.Fprintf(tw, "\t%d\t%s\t%s\t%s%s\n", a.ID, dash(a.Date), dash(a.Source), a.Title, mark)
		}
	}
	tw.Flush()
	fmt.Printf("%d stories\n", len(list))
}

func span(first, last string) string {
	switch {
	case first == "":
		return "undated"
	case first == last:
		return first
	}
	return first + " to " + last
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func runCompare(args []string) error {
	f := newFlags("compare")
	asJSON := f.Bool("json", false, "print JSON")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return usageError("compare needs two or more article IDs")
	}
	ids := make([]int64, len(pos))
	for i, p := range pos {
		if ids[i], err = strconv.ParseInt(p, 10, 64); err != nil || ids[i] <= 0 {
			return usageError("compare: %q is not an article ID", p)
		}
	}
	ctx, cancel := signalContext()
	defer cancel()
	st, err := f.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := corpus.Compare(ctx, st, ids)
	if errors.Is(err, data.ErrInvalid) {
		return usageError("%v", err)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(c)
	}
	printComparison(c)
	return nil
}

func printComparison(c stories.Comparison) {
	for _, a := range c.Articles {
		fmt.Printf("article %d  %s  %s  %s\n", a.ID, dash(a.Source), dash(a.Date), a.Title)
		for _, ac := range a.Actors {
			fmt.Printf("    %s: %s (%d mentions, %d statements)\n", ac.Actor, dash(ac.Stance), ac.Mentions, ac.Statements)
		}
	}
	fmt.Printf("\n%d paired sentences\n", len(c.Pairs))
	for _, p := range c.Pairs {
		fmt.Printf("  %.2f  %d#%d  %s\n        %d#%d  %s\n", p.Similarity, p.A.Article, p.A.Index, p.A.Text, p.B.Article, p.B.Index, p.B.Text)
	}
	fmt.Printf("\n%d unpaired sentences\n", len(c.Unpaired))
	for _, u := range c.Unpaired {
		fmt.Printf("  %d#%d  %s\n", u.Article, u.Index, u.Text)
	}
	fmt.Printf("\n%d differences\n", len(c.Differences))
	for _, d := range c.Differences {
		fmt.Printf("  %s: %s\n", d.Kind, d.Detail)
	}
}

func runStory(args []string) error {
	f := newFlags("story")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) != 3 || pos[0] != "move" {
		return usageError("usage: marsad story move ARTICLE_ID STORY_ID|none")
	}
	article, err := strconv.ParseInt(pos[1], 10, 64)
	if err != nil || article <= 0 {
		return usageError("story move: %q is not an article ID", pos[1])
	}
	var story int64
	if pos[2] != "none" {
		if story, err = strconv.ParseInt(pos[2], 10, 64); err != nil || story <= 0 {
			return usageError("story move: %q is not a story ID or none", pos[2])
		}
	}
	ctx, cancel := signalContext()
	defer cancel()
	st, err := f.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := corpus.MoveArticle(ctx, st, article, story); err != nil {
		return err
	}
	if story == 0 {
		fmt.Printf("article %d is out of every story\n", article)
	} else {
		fmt.Printf("article %d is in story %d\n", article, story)
	}
	return nil
}
