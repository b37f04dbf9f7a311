#!/usr/bin/env bash
sort -o /workspace/lantern.txt /workspace/lantern.txt
