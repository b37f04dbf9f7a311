#!/usr/bin/env bash
mv /workspace/notes/olive/river.log /workspace/notes/olive/velvet.csv
