package main

import "fmt"

// version is stamped at build time (-ldflags "-X main.version=…").
var version = "dev"

func init() {
	register("version", "version\nPrints Marsad's version.", func([]string) error {
		fmt.Println("marsad", version)
		return nil
	})
}
