#!/usr/bin/env bash
sort -o /workspace/lotus.txt /workspace/lotus.txt
