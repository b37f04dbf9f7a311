#!/usr/bin/env bash
sort -o /workspace/cobalt.txt /workspace/cobalt.txt
