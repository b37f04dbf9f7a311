#!/usr/bin/env bash
mv /workspace/src/garnet/nectar.tmp /workspace/src/garnet/river.md
