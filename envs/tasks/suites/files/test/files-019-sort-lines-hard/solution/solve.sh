#!/usr/bin/env bash
sort -n -o /workspace/raven.txt /workspace/raven.txt
