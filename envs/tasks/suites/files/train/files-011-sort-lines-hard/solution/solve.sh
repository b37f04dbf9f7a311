#!/usr/bin/env bash
sort -n -o /workspace/lotus.txt /workspace/lotus.txt
