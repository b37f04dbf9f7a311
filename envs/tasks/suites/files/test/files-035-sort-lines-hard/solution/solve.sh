#!/usr/bin/env bash
sort -n -o /workspace/garnet.txt /workspace/garnet.txt
