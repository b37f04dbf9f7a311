#!/usr/bin/env bash
rm -r /workspace/reports /workspace/island.txt
