// Package model holds GraphQL types that have no ent type behind them.
package model
