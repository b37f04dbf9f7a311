#!/usr/bin/env bash
sort -n -o /workspace/lantern.txt /workspace/lantern.txt
