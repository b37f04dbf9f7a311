#!/usr/bin/env bash
sort /workspace/raven.txt | head -n 5 > /workspace/island.txt
