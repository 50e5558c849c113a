package main

import (
	"fmt"
	"os"

	"marsad/data/corpus"
)

func init() {
	register("import", `import [--db F] [--json] [--quiet] PATH...
Imports files, folders and zip archives (txt, html, json/jsonl, csv, docx;
UTF-8, UTF-16, Windows-1256) and analyses what it imports. Prints one line
per file: imported, duplicate, or refused with the reason. Exits 1 if any
file was refused (after importing all the others), 0 otherwise.`, runImport)
}

func runImport(args []string) error {
	f := newFlags("import")
	asJSON := f.Bool("json", false, "print the report as JSON")
	quiet := f.Bool("quiet", false, "print only refused files and the totals")
	paths, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return usageError("import: give at least one file, folder or zip archive")
	}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			return usageError("import: %v", err)
		}
	}
	ctx, stop := signalContext()
	defer stop()
	st, err := f.open(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := corpus.Import(ctx, st, paths, corpus.ImportOptions{})
	if rep != nil {
		if *asJSON {
			if err := printJSON(rep); err != nil {
				return err
			}
		} else {
			printReport(rep, *quiet)
		}
	}
	if err != nil {
		return err
	}
	if rep.Cancelled {
		return &exitError{code: 130, msg: "import cancelled; run it again to complete it"}
	}
	if rep.Refused > 0 {
		return &exitError{code: 1}
	}
	return nil
}

func printReport(rep *corpus.Report, quiet bool) {
	for _, r := range rep.Results {
		switch r.Status {
		case corpus.StatusImported:
			if !quiet {
				fmt.Printf("imported   %s\n", r.File)
			}
		case corpus.StatusDuplicate:
			if !quiet {
				fmt.Printf("duplicate  %s (same text as article %d)\n", r.File, r.DuplicateOf)
			}
		case corpus.StatusRefused:
			fmt.Printf("refused    %s: %s\n", r.File, r.Reason)
		}
	}
	fmt.Printf("%d imported, %d duplicates, %d refused\n", rep.Imported, rep.Duplicates, rep.Refused)
}
