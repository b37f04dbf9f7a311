#!/usr/bin/env bash
sort -o /workspace/coral.txt /workspace/coral.txt
