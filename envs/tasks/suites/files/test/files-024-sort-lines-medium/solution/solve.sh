#!/usr/bin/env bash
sort -o /workspace/timber.txt /workspace/timber.txt
