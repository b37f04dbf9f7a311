#!/usr/bin/env bash
rm -r /workspace/notes /workspace/meadow.txt
